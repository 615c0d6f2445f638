console.log(new Map([[1, "a"], [1, "b"]]));
console.log(new Map(), new Map([]), new Map(null), new Map(undefined));
console.log(new Map(Object.entries({ z: 1, 2: "two", a: 3 })));
console.log(new Map([["k", 1]].map(([k, v]) => [k.toUpperCase(), v * 2])));
const copy = new Map(new Map([["x", [1, 2]]]));
console.log(copy);
console.log(new Map([[1]]), new Map([[]]));
