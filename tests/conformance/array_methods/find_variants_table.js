const a = [3, 8, 1, 8, 2];
const p = (x) => x > 2;
console.log(a.find(p), a.findIndex(p), a.findLast(p), a.findLastIndex(p), a.indexOf(8), a.lastIndexOf(8));
console.log(a.filter(p), a.some(p), a.every(p), a.includes(8));
