const scores = [8.5, 9, 7.25, 10, 6.75];
const sum = scores.reduce((a, b) => a + b, 0);
console.log(sum, sum / scores.length, (sum / scores.length).toFixed(2));
console.log(Math.max(...scores), Math.min(...scores));
console.log(scores.map((s) => Math.round(s)).join(","));
console.log(Math.max(), Math.min(), Math.max(...[]));
