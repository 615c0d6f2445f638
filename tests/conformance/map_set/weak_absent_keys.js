const cache = new Map();
const key = { id: 7 };
cache.set(key, "v");
console.log(cache.get(key), cache.has({ id: 7 }));
const memo = (f) => { const c = new Map(); return (x) => { if (!c.has(x)) c.set(x, f(x)); return c.get(x); }; };
let calls = 0;
const sq = memo((x) => { calls++; return x * x; });
console.log(sq(4), sq(4), sq(5), sq(NaN), sq(NaN), calls);
