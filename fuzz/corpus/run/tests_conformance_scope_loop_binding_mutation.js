const fns = [];
for (let i = 0; i < 4; i++) {
  fns.push(() => i);
  i++;
}
console.log(fns.map((f) => f()));
const gs = [];
for (let i = 0; i < 3; i++) {
  gs.push(() => i * 10);
}
console.log(gs[0](), gs[1](), gs[2]());
