// Object literals: a repeated key keeps its first position and its last
// value, whatever comes between (spreads, computed keys, methods).
const k = "b";
const src = { a: 10, c: 30 };
const objs = [
  { a: 1, b: 2, a: 3 },
  { a: 1, ...src, c: 4 },
  { [k]: 1, b: 2, a: 3 },
  { a: 1, a() { return 2; } },
  { b: 1, 2: "x", 1: "y", b: 3, "1": "z" },
  { x: 1, y: 2, z: 3, x: 4, y: 5, w: 6 },
];
for (const o of objs) {
  console.log(JSON.stringify(Object.keys(o)), typeof o.a === "function" ? "fn" : JSON.stringify(o));
}
const many = { k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k2: 22 };
console.log(JSON.stringify(many), many.k13, many.k2, "k14" in many);
many.k15 = 15;
console.log(Object.keys(many).length, many.k15);
