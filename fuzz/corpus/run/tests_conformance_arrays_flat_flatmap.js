const a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat());
console.log(a.flat(2));
console.log(a.flat(Infinity));
console.log([1, , [2, , 3]].flat());
console.log([[]].flat());
console.log(["a b", "c"].flatMap((s) => s.split(" ")));
console.log([1, 2].flatMap((x) => [x, [x * 10]]));
console.log([1, 2, 3].flatMap((x) => (x % 2 ? [] : x)));
