const a = [3, 1, 10, 2];
const b = a.toSorted();
console.log(a, b, a === b);
console.log(a.toSorted((x, y) => x - y));
console.log(a.toSorted((x, y) => y - x));
console.log([, 1, undefined, 0].toSorted());
console.log([].toSorted(), ["b", "a"].toSorted());
console.log(["é", "e", "z", "E"].toSorted());
