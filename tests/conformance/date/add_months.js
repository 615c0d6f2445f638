const addMonths = (d, n) => { const r = new Date(d); r.setUTCMonth(r.getUTCMonth() + n); return r; };
const base = new Date(Date.UTC(2024, 0, 31));
for (const n of [1, 2, 3, 12, -1, -13]) console.log(n, addMonths(base, n).toISOString().slice(0, 10));
