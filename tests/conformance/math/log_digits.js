// Math.log, Math.log10 and Math.log1p print V8's digits: fdlibm's e_log.c,
// e_log10.c and s_log1p.c. Inputs where other ports (musl's rewrites, glibc)
// are one unit in the last place off, special values, then pseudo-random
// inputs of several shapes.
console.log(Math.log(2.14996600151062), Math.log(1.2230013608932495), Math.log(1.248205978423357));
console.log(Math.log10(0.7814383506774902), Math.log10(2.7337419986724854), Math.log10(2.875433564186096));
console.log(Math.log1p(0.275526762008667), Math.log1p(-0.2958333256468177), Math.log1p(0.8722920417785645));
const specials = [0, -0, 1, -1, 2, 10, 0.5, 1e-300, 5e-324, 2.2250738585072014e-308, 1e308, 1.7976931348623157e308, Infinity, -Infinity, NaN, 1e-20, -0.9999999999999999];
for (const x of specials) console.log(x, Math.log(x), Math.log10(x), Math.log1p(x));
const pows = [];
for (let n = -30; n <= 30; n += 3) pows.push(Math.log10(Math.pow(10, n)));
console.log(pows.join(" "));

let seed = 20261206;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const shapes = [
  () => next() * 2,
  () => 1 + next() * 3,
  () => next() * 1000,
  () => 1 + (next() - 0.5) * 1e-6,
  () => Math.SQRT2 * (1 + (next() - 0.5) * 1e-3),
  () => Math.pow(2, next() * 2000 - 1000),
  () => (next() - 0.5) * 1e-3,
  () => next() * 2 - 1,
];
for (const f of ["log", "log10", "log1p"]) {
  const out = [];
  for (let i = 0; i < 240; i++) {
    out.push(String(Math[f](shapes[i % shapes.length]())));
    if (out.length === 6) {
      console.log(f, out.join(" "));
      out.length = 0;
    }
  }
}

// Math.log2 near sqrt(2) and sqrt(1/2), where fdlibm's reduction and musl's
// split x differently.
console.log(Math.log2(0.7071061213753292), Math.log2(1.4142129846662426), Math.log2(8), Math.log2(3));
const l2 = [];
for (let i = 0; i < 60; i++) l2.push(String(Math.log2(Math.SQRT2 * (1 + (next() - 0.5) * 1e-5))));
console.log(l2.join(" "));
