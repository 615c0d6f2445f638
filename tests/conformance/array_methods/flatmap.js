console.log([1, 2, 3].flatMap((x) => [x, x * 10]));
console.log([1, 2].flatMap((x) => [[x]]));
console.log([1, 2, 3].flatMap((x) => (x === 2 ? [] : x)));
console.log(["a b", "c"].flatMap((s) => s.split(" ")));
console.log([1, , 3].flatMap((x) => [x]));
console.log([1, 2].flatMap((x, i, arr) => [i, arr.length]));
