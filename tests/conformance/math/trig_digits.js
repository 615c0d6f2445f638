// Math.sin and Math.cos print V8's digits: fdlibm's s_sin.c/s_cos.c with
// its original kernels (Horner polynomials, k_cos splitting 1 into
// (1-qx) + qx) and argument reduction. Inputs where later ports are one unit
// in the last place off, special values, multiples of pi/2, huge arguments,
// then pseudo-random inputs of several shapes.
console.log(Math.sin(535.490870475769), Math.sin(-2.181863784790039), Math.sin(2.139928102493286), Math.sin(3.977494925260544));
console.log(Math.cos(3.4062150716781616), Math.cos(-7.064223289489746), Math.cos(3.91868257522583), Math.cos(0.780987560749054));
const specials = [0, -0, 1, -1, 0.3, 0.78125, 1e-9, 5e-324, Math.PI, Math.PI / 2, Math.PI / 4, -Math.PI, 3 * Math.PI / 2, 2 * Math.PI, 1e6, 1e22, 1e300, 1.7976931348623157e308, Infinity, -Infinity, NaN];
for (const x of specials) console.log(x, Math.sin(x), Math.cos(x));
const multiples = [];
for (let n = -40; n <= 40; n += 7) multiples.push(Math.sin(n * Math.PI / 2), Math.cos(n * Math.PI / 2));
console.log(multiples.join(" "));

let seed = 4242;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const shapes = [
  () => next() * 2 - 1,
  () => next() * 20 - 10,
  () => next() * 1000,
  () => (next() - 0.5) * 1e7,
  () => Math.pow(2, next() * 1000) * (next() < 0.5 ? -1 : 1),
  () => Math.round(next() * 1e6) * Math.PI / 2 * (1 + (next() - 0.5) * 1e-12),
  () => 0.3 + (next() - 0.5) * 0.1,
  () => (next() - 0.5) * 1e-3,
];
for (const f of ["sin", "cos"]) {
  const out = [];
  for (let i = 0; i < 240; i++) {
    out.push(String(Math[f](shapes[i % shapes.length]())));
    if (out.length === 6) {
      console.log(f, out.join(" "));
      out.length = 0;
    }
  }
}

// Math.tan: near multiples of pi/2 the reduced argument is tiny, where
// fdlibm's kernel returns it (or -1/it) without the tail.
console.log(Math.tan(133646.4930763652), Math.tan(10.995574290790387), Math.tan(7.853981635818676), Math.tan(-18.849555918013447));
console.log(Math.tan(0), Math.tan(-0), Math.tan(1), Math.tan(Math.PI / 4), Math.tan(Math.PI / 2), Math.tan(1e300), Math.tan(NaN));
const tans = [];
for (let i = 0; i < 120; i++) {
  const x = i % 2 ? shapes[i % shapes.length]() : Math.round(next() * 1e6) * Math.PI / 2 * (1 + (next() - 0.5) * 1e-12);
  tans.push(String(Math.tan(x)));
  if (tans.length === 6) {
    console.log("tan", tans.join(" "));
    tans.length = 0;
  }
}
