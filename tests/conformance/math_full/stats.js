const xs = [2, 4, 4, 4, 5, 5, 7, 9];
const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
const sorted = xs.toSorted((a, b) => a - b);
const median = (sorted[3] + sorted[4]) / 2;
console.log(mean, variance, Math.sqrt(variance), median, Math.max(...xs) - Math.min(...xs));
