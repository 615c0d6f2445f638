// Math.sinh/cosh/tanh/asinh/acosh/atanh print V8's digits: V8's own sinh
// and cosh (from expm1 and exp), fdlibm's tanh, asinh, acosh and atanh
// (over fdlibm's log and log1p). Inputs where other ports (musl's rewrites,
// glibc) are one unit in the last place off, special values and the
// formulas' thresholds, then pseudo-random inputs of several shapes.
console.log(Math.sinh(134.68971848487854), Math.sinh(342.11742877960205), Math.sinh(441.3449764251709));
console.log(Math.cosh(1.9692713916301727), Math.cosh(-5.956814289093018), Math.cosh(342.11742877960205));
console.log(Math.tanh(0.14739995449781418), Math.tanh(-0.15202093124389648), Math.tanh(-1.6502116138792364e-14));
console.log(Math.asinh(752.5861263275146), Math.asinh(5.3369855880737305), Math.asinh(640.8834457397461));
console.log(Math.acosh(2.938094139099121), Math.acosh(2.7696422040462494), Math.acosh(613.4835481643677));
console.log(Math.atanh(-0.06702756881713867), Math.atanh(-3.5731728686982933e-9), Math.atanh(1.7766179638556423e-9));
const specials = [0, -0, 1, -1, 2, -2, 0.5, 1e-9, -1e-20, 5e-324, 0.34657359027997264, 22, -22, 709.78, 710.4758600739439, 710.48, 268435456, 1e300, Infinity, -Infinity, NaN];
for (const x of specials) {
  console.log(x, Math.sinh(x), Math.cosh(x), Math.tanh(x), Math.asinh(x), Math.acosh(x), Math.atanh(x));
}

let seed = 31337;
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
  () => 1 + (next() - 0.5) * 1e-6,
  () => (next() - 0.5) * 60,
  () => Math.pow(2, next() * 80 - 40),
];
for (const f of ["sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]) {
  const out = [];
  for (let i = 0; i < 120; i++) {
    out.push(String(Math[f](shapes[i % shapes.length]())));
    if (out.length === 6) {
      console.log(f, out.join(" "));
      out.length = 0;
    }
  }
}
