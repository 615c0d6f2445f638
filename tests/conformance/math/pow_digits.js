// `**` and Math.pow print V8's digits: fdlibm's pow with V8's last
// division. Cases where fdlibm as written is one unit in the last place
// off, then a few hundred pseudo-random pairs of several shapes.
console.log(0.1 ** 8, 0.1 ** 2 ** 3, Math.pow(0.1, 8));
console.log(6.7 ** 20, (-36) ** -3, 382270.9321975708 ** -0.3984541893005371);
console.log(1.3337348103523254 ** -49.45068359375, 0.04161238670349121 ** 5.407467111945152);
console.log(1.0001950364112855 ** 683535.099029541, 0.9997040122747421 ** 345070.7495212555);
console.log(2 ** 0.5, 4 ** 0.5, (-4) ** 0.5, 3 ** 2, 10 ** -5, 10 ** 21, 10 ** 308, 10 ** 309);
console.log(0 ** -1, (-0) ** -1, (-0) ** 3, (-8) ** (1 / 3), NaN ** 0, 1 ** NaN, 1 ** Infinity);
console.log(2 ** -1074, 2 ** -1075, 0.5 ** 1074.5, (-2) ** 1023, (-2) ** 1025);

let seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const lines = [];
for (let i = 0; i < 300; i++) {
  let x, y;
  const k = i % 6;
  if (k === 0) { x = next() * 10; y = Math.floor(next() * 40) - 20; }
  else if (k === 1) { x = next() * 2; y = next() * 100 - 50; }
  else if (k === 2) { x = Math.floor(next() * 100) / 10; y = Math.floor(next() * 30); }
  else if (k === 3) { x = next() * 1e6; y = next() * 4 - 2; }
  else if (k === 4) { x = 1 + (next() - 0.5) * 1e-3; y = next() * 1e6; }
  else { x = -Math.floor(next() * 50); y = Math.floor(next() * 20) - 10; }
  lines.push(String(x ** y));
  if (lines.length === 6) {
    console.log(lines.join(" "));
    lines.length = 0;
  }
}
