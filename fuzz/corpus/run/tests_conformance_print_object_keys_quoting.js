console.log({ "a-b": 1, a_b: 2, "1a": 3, a1: 4, "": 5, "ế": 6, "has space": 7 });
console.log({ default: 1, "null": 2, true: 3 });
