const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10));
console.log(clamp(NaN, 0, 10));
const pct = (a, b) => ((a / b) * 100).toFixed(1) + "%";
console.log(pct(1, 3), pct(2, 3), pct(0, 5), pct(5, 0));
