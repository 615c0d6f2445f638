const a = [1, 2, 3];
const r = a.reverse();
console.log(a, r === a);
console.log([].reverse());
console.log([1, , 3].reverse());
console.log("abc".split("").reverse().join(""));
const b = [1, 2, 3];
console.log(b.toReversed(), b);
