console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-4), Math.sqrt(-0));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3));
console.log(Math.pow(0, -1), Math.pow(-0, -1));
console.log(Math.pow(NaN, 0), Math.pow(1, NaN));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5));
console.log(Math.hypot(1, 1, 1));
