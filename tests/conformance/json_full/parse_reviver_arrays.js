const calls = [];
const r = JSON.parse("[[1,2],[3]]", (k, v) => { calls.push(k); return Array.isArray(v) ? v.length : v * 2; });
console.log(r, calls);
