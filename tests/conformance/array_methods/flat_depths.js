const a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat());
console.log(a.flat(0));
console.log(a.flat(2));
console.log(a.flat(Infinity));
console.log(a.flat(-1));
console.log(a.flat("2"));
console.log(JSON.stringify(a.flat(NaN)));
