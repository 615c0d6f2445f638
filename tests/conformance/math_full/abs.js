console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Object.is(Math.abs(-0), 0));
console.log(Math.abs(-Infinity), Math.abs(NaN), Math.abs("-3"), Math.abs(null), Math.abs(), Math.abs([-2]), Math.abs("x"));
console.log(Math.abs(-Number.MAX_VALUE), Math.abs(-5e-324), Math.abs(-(2 ** 53)));
