for (const [i, [a, b]] of [["x", 1], ["y", 2]].entries()) console.log(i, a, b);
const arr = ["p", "q"];
for (const k of arr.keys()) console.log(typeof k, k);
console.log([...arr.entries()].flat());
