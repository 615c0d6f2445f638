const data = { b: 2, a: 1, c: { a: 10, z: 26, b: 20 }, 1: "one" };
console.log(JSON.stringify(data, ["a", "b"]));
console.log(JSON.stringify(data, ["c", "a"]));
console.log(JSON.stringify(data, ["b", "a", "c", "z"]));
console.log(JSON.stringify(data, [1, "c", "z"]));
console.log(JSON.stringify(data, []));
console.log(JSON.stringify([{ a: 1, b: 2 }], ["b"]));
console.log(JSON.stringify(data, ["a", "a", "a"]));
