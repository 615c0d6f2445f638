let a, b;
({ a, b } = { a: 1, b: 2 });
console.log(a, b);
const o = {};
({ x: o.first, y: o.second = "def" } = { x: "X" });
console.log(o);
const arr = [];
[arr[1], arr[0]] = ["one", "zero"];
console.log(arr);
