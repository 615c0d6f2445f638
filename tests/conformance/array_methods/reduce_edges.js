console.log([1, 2, 3].reduce((a, b) => a + b));
console.log([1, 2, 3].reduce((a, b) => a + b, 10));
console.log([5].reduce((a, b) => a + b), [].reduce((a, b) => a + b, "init"));
console.log([, , 7, ,].reduce((a, b) => a + b));
const calls = [];
[1, 2, 3].reduce((acc, x, i, arr) => { calls.push([acc, x, i, arr.length]); return acc + x; });
console.log(calls);
console.log([[1, 2], [3]].reduce((a, b) => a.concat(b), []));
console.log(["a", "b", "c"].reduce((m, k, i) => ({ ...m, [k]: i }), {}));
