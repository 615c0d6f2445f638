console.log(Math.sqrt(4), Math.sqrt(144), Math.sqrt(2.25), Math.sqrt(1e10), Math.sqrt(0), Object.is(Math.sqrt(-0), -0));
console.log(Math.sqrt(-1), Math.sqrt(Infinity), Math.sqrt(NaN), Math.sqrt("16"), Math.sqrt(2));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(1), Math.cbrt(0), Object.is(Math.cbrt(-0), -0));
console.log(Math.cbrt(Infinity), Math.cbrt(-Infinity), Math.cbrt(NaN), Math.cbrt(1000), Math.cbrt(0.125));
