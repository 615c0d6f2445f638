console.log(Object.fromEntries([["a", 1], ["b", 2]]));
console.log(Object.fromEntries(new Map([["x", 10], [1, "one"]])));
console.log(Object.fromEntries([["a", 1], ["a", 2]]));
console.log(Object.fromEntries([]));
console.log(Object.fromEntries([[1, "n"], [true, "t"], [null, "z"]]));
console.log(Object.fromEntries(Object.entries({ a: 1, b: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
console.log(Object.fromEntries([["k"]]));
