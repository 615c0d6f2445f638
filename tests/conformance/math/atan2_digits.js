// Math.atan2 prints V8's digits: fdlibm's e_atan2.c, which returns ±pi/2
// as soon as |y/x| > 2^60 (musl's port waits for 2^64, and for x < 0 in
// between is one unit in the last place above). Such inputs, every pair of
// special values, then pseudo-random pairs of several shapes.
console.log(Math.atan2(1.90163040450213e9, -2.2846368384423438e-10), Math.atan2(-62892.251918014845, -7.296761352424189e-15));
console.log(Math.atan2(4.697268381122902e18, -0.36749571561813354), Math.atan2(1.875282477584919e19, -4.052926301956177));
const specials = [0, -0, 1, -1, 0.5, -2, Infinity, -Infinity, NaN, 5e-324, 1e308, Math.PI];
for (const y of specials) {
  const row = [];
  for (const x of specials) row.push(String(Math.atan2(y, x)));
  console.log(y, row.join(" "));
}

let seed = 1234;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const sign = () => (next() < 0.5 ? -1 : 1);
const out = [];
for (let i = 0; i < 360; i++) {
  let y, x;
  const k = i % 4;
  if (k === 0) { x = sign() * next() * 10; y = x * sign() * Math.pow(2, next() * 140 - 70); }
  else if (k === 1) { x = sign() * next() * 1000; y = sign() * next() * 1000; }
  else if (k === 2) { x = sign() * next(); y = sign() * next(); }
  else { x = sign() * Math.pow(2, next() * 200 - 100); y = sign() * Math.pow(2, next() * 200 - 100); }
  out.push(String(Math.atan2(y, x)));
  if (out.length === 6) {
    console.log(out.join(" "));
    out.length = 0;
  }
}
