const xs = [0.1, 0.2, 0.3];
const sum = xs.reduce((a, b) => a + b, 0);
console.log(sum);
console.log(sum / xs.length);
console.log(xs.reduce((a, b) => a + b) === 0.6);
const ys = [1, 2, 3, 4];
console.log(ys.reduce((a, b) => a + b) / ys.length);
console.log(Math.sqrt(ys.map((y) => (y - 2.5) ** 2).reduce((a, b) => a + b) / ys.length));
