const m = new Map([
  ["a-rather-long-key-name", "a rather long value string that keeps going"],
  ["another-key", { nested: true, list: [1, 2, 3], name: "object value" }],
]);
console.log(m);
console.log(new Map([[{ k: 1 }, [1, 2]], [[1], { v: 2 }]]));
