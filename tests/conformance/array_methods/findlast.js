const a = [1, 2, 3, 4, 5, 6];
console.log(a.findLast((x) => x % 2 === 1), a.findLastIndex((x) => x % 2 === 1));
console.log(a.findLast((x) => x > 10), a.findLastIndex((x) => x > 10));
const seen = [];
a.findLast((x, i, arr) => { seen.push(i); return arr === a && x === 4; });
console.log(seen);
console.log([1, , 3].findLast((x) => x === undefined), [1, , 3].findLastIndex((x) => x === undefined));
console.log([].findLast(() => true), [].findLastIndex(() => true));
