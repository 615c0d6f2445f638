let found;
for (let i = 0; i < 10; i++) {
  if (i * i > 20) {
    found = i;
    break;
  }
}
console.log(found);
console.log(typeof i);
const fns = [];
for (let i = 0; i < 5; i++) {
  if (i % 2) continue;
  fns.push(() => i);
}
console.log(fns.map((f) => f()));
