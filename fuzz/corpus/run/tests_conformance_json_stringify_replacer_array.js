const v = { b: 1, a: 2, c: { a: 3, z: 4 }, 1: "one" };
console.log(JSON.stringify(v, ["a", "c"]));
console.log(JSON.stringify(v, ["c", "a", "a"]));
console.log(JSON.stringify(v, [1, "b"]));
console.log(JSON.stringify([{ a: 1, b: 2 }], ["b"]));
