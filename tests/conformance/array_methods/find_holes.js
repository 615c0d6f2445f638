const a = [1, , 3];
const v = [];
console.log(a.find((x, i) => { v.push(i); return false; }), v);
const w = [];
console.log(a.findIndex((x, i) => { w.push(i); return x === undefined; }), w);
console.log([5, 12, 8].find((x) => x > 6), [5, 12, 8].findIndex((x) => x > 100));
console.log([{ id: 1 }, { id: 2 }].find((o) => o.id === 2));
