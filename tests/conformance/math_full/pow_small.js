console.log(Math.pow(2, 10), Math.pow(2, -2), Math.pow(-2, 3), Math.pow(-2, 2), Math.pow(10, 15), Math.pow(10, -3));
console.log(Math.pow(0, 0), Math.pow(NaN, 0), Math.pow(1, NaN), Math.pow(1, Infinity), Math.pow(-1, Infinity));
console.log(Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(-0, 3), Object.is(Math.pow(-0, 3), -0));
console.log(Math.pow(Infinity, -1), Math.pow(-Infinity, 3), Math.pow(-Infinity, 2), Math.pow(-Infinity, -3));
console.log(Math.pow(-8, 1 / 3), Math.pow(4, 0.5), Math.pow(2, 0.5) === Math.SQRT2, Math.pow(0.5, 2));
console.log(2 ** 1023 * 2, Math.pow(2, 1024), Math.pow(2, -1074), Math.pow(2, -1075));
