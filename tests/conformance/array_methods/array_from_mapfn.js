console.log(Array.from([1, 2, 3], (x) => x * 2));
console.log(Array.from("abc", (c, i) => c.toUpperCase() + i));
console.log(Array.from([1, 2], function (x) { return x + this.add; }, { add: 100 }));
console.log(Array.from(new Set(["a", "b"]), (v, i) => [i, v]));
