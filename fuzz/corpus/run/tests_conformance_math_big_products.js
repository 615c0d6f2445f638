console.log(1e300 * 1e10);
console.log(-1e300 * 1e10);
console.log(1e-300 * 1e-300);
console.log(Math.sqrt(1e308 * 10));
console.log(0.1 * 0.1);
console.log(1.1 * 1.1);
console.log(3 * 0.1);
