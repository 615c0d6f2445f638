// Math.cbrt prints V8's digits: FreeBSD's s_cbrt.c (a 23-bit estimate and
// one Newton step), not a correctly rounded cube root. Inputs where a
// correctly rounded cbrt differs by one unit in the last place, special
// values, cubes, then pseudo-random inputs of several shapes.
console.log(Math.cbrt(855.0148010253906), Math.cbrt(-0.15327048301696777), Math.cbrt(-0.0250968337059021), Math.cbrt(0.0002514541149139404));
const specials = [0, -0, 1, -1, 8, -27, 2, 3, 0.001, 1e-300, 5e-324, 2.2250738585072014e-308, 1e300, 1.7976931348623157e308, Infinity, -Infinity, NaN];
for (const x of specials) console.log(x, Math.cbrt(x));
const cubes = [];
for (let n = 1; n <= 100000; n *= 7) cubes.push(Math.cbrt(n * n * n), Math.cbrt(-n * n * n + 1));
console.log(cubes.join(" "));

let seed = 777;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const shapes = [
  () => next() * 2 - 1,
  () => next() * 20 - 10,
  () => next() * 1000,
  () => 1 + next() * 3,
  () => (next() - 0.5) * 1e-3,
  () => Math.pow(2, next() * 2000 - 1000) * (next() < 0.5 ? -1 : 1),
  () => next() * 1e-310,
  () => Math.pow(10, next() * 40 - 20),
];
const out = [];
for (let i = 0; i < 360; i++) {
  out.push(String(Math.cbrt(shapes[i % shapes.length]())));
  if (out.length === 6) {
    console.log(out.join(" "));
    out.length = 0;
  }
}
