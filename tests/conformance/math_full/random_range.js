let ok = true;
for (let i = 0; i < 1000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
}
console.log(ok, typeof Math.random());
let ints = true;
for (let i = 0; i < 200; i++) {
  const d = Math.floor(Math.random() * 6) + 1;
  if (d < 1 || d > 6 || !Number.isInteger(d)) ints = false;
}
console.log(ints);
