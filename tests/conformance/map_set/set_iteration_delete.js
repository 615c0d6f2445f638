const s = new Set([1, 2, 3, 4, 5]);
const seen = [];
for (const v of s) {
  seen.push(v);
  if (v % 2 === 1) s.delete(v + 1);
}
console.log(seen, [...s]);
const t = new Set([1]);
let count = 0;
for (const v of t) { count++; if (v < 5) t.add(v + 1); }
console.log(count, [...t]);
