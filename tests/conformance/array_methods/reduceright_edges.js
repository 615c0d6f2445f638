console.log([1, 2, 3].reduceRight((a, b) => a + "-" + b));
console.log(["a", "b"].reduceRight((a, b) => a + b, "z"));
const calls = [];
[1, , 3, 4].reduceRight((acc, x, i) => { calls.push(i); return acc + x; });
console.log(calls);
console.log([[1], [2], [3]].reduceRight((a, b) => a.concat(b)));
