const m = new Map([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) m.delete(2);
  if (k === 3) m.set(5, "e");
}
console.log(seen, [...m.keys()]);
const m2 = new Map([["x", 1]]);
let n = 0;
for (const [k, v] of m2) { n++; if (n < 3) { m2.delete(k); m2.set(k, v + 1); } }
console.log(n, m2);
