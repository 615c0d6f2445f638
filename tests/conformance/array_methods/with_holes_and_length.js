const a = [1, , 3];
const b = a.with(1, 2);
console.log(b, b.length, 1 in b);
console.log(a.toReversed(), a.toSorted(), a.toSpliced(0, 1));
console.log(Object.keys(a.toReversed()));
