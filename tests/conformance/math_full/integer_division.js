const div = (a, b) => Math.trunc(a / b);
const mod = (a, b) => ((a % b) + b) % b;
for (const [a, b] of [[7, 2], [-7, 2], [7, -2], [-7, -2], [0, 3], [9, 3]]) {
  console.log(a, b, div(a, b), a % b, mod(a, b), Math.floor(a / b));
}
