const m = new Map();
console.log(m.size);
const r = new Math.max(1, 2);
console.log(r);
