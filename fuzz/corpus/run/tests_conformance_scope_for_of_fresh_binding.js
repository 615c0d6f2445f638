const fns = [];
for (const v of ["a", "b", "c"]) {
  fns.push(() => v);
}
console.log(fns.map((f) => f()));
const gs = [];
for (let k in { x: 1, y: 2 }) {
  gs.push(() => k);
}
console.log(gs.map((g) => g()));
