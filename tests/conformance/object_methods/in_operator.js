const o = { a: undefined, 0: "z" };
console.log("a" in o, "b" in o, 0 in o, "0" in o, "toString" in o);
console.log(1 in [5, 6], 2 in [5, 6], "length" in [], 0 in [, 1]);
