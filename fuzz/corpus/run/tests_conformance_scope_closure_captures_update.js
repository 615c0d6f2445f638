const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
const incs = [];
for (let i = 0; i < 3; i++) {
  incs.push(() => ++i);
  incs.push(() => i);
}
console.log(incs[0](), incs[1](), incs[2](), incs[3]());
console.log(fns.map((f) => f()));
