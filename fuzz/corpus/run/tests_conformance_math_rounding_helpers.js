const roundTo = (n, d) => Math.round(n * 10 ** d) / 10 ** d;
console.log(roundTo(1.005, 2));
console.log(roundTo(2.345, 2));
console.log(roundTo(-1.005, 2));
console.log(Number((1.005).toFixed(2)));
console.log(Math.round(1.005 * 100) / 100);
console.log(Math.floor(7.99 * 100));
