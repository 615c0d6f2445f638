const a = [1, 2, 3];
const r = a.toReversed();
console.log(a, r, a === r);
console.log([].toReversed(), [1].toReversed());
console.log([1, , 3].toReversed());
console.log(["a", ["b", "c"]].toReversed());
