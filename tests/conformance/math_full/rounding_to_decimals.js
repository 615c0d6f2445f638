const roundTo = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
console.log(roundTo(1.005, 2), roundTo(2.345, 2), roundTo(-1.555, 2), roundTo(123.456, 0), roundTo(123.456, -1));
const roundEps = (x, d) => Math.round((x + Number.EPSILON) * 10 ** d) / 10 ** d;
console.log(roundEps(1.005, 2), roundEps(0.285, 2));
