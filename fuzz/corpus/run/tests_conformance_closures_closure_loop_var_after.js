const fns = [];
for (let i = 0; i < 3; i++) {
  let j = i;
  fns.push(() => j);
  j += 100;
}
console.log(fns.map((f) => f()));
