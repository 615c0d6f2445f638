console.log(Math.sinh(0), Math.cosh(0), Math.tanh(0));
console.log(Math.sinh(1));
console.log(Math.cosh(1));
console.log(Math.tanh(Infinity), Math.tanh(-Infinity));
console.log(Math.asinh(1));
console.log(Math.acosh(1), Math.atanh(0));
