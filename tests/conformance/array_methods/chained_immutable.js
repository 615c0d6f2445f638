const base = [5, 3, 8, 1];
const r = base.toSorted((a, b) => a - b).toReversed().with(0, 0).toSpliced(1, 1);
console.log(base, r);
console.log(base.with(1, 4).toSorted());
