const range = { lo: 2, hi: 5 };
const inRange = function (x) { return x >= this.lo && x <= this.hi; };
console.log([2, 3, 4].every(inRange, range), [1, 3].every(inRange, range));
console.log([1, 6, 3].some(inRange, range), [0, 9].some(inRange, range));
console.log([1, 2, 3].find(inRange, range), [1, 2, 3].findIndex(inRange, range));
