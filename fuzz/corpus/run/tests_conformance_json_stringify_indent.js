const v = { name: "x", list: [1, 2, { k: "v" }], empty: {}, emptyArr: [], nested: { a: [] } };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, "\t"));
console.log(JSON.stringify([1, 2], null, 20));
console.log(JSON.stringify({ a: 1 }, null, "--"));
console.log(JSON.stringify({ a: 1 }, null, 0));
console.log(JSON.stringify({ a: 1 }, null, ""));
