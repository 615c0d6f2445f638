const o = { a: 1, b: 2, c: 3 };
for (const [k, v] of Object.entries(o)) {
  o[k + k] = v * 2;
  delete o.c;
}
console.log(o);
const seen = [];
const p = { x: 1, y: 2 };
for (const k in p) { seen.push(k); delete p.y; p.z = 3; }
console.log(seen, p);
