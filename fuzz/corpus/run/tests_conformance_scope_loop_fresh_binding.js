const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
console.log(fns.map((f) => f()));
const vfns = [];
for (var j = 0; j < 3; j++) {
  vfns.push(() => j);
}
console.log(vfns.map((f) => f()));
console.log(j);
