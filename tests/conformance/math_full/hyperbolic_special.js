console.log(Math.sinh(0), Object.is(Math.sinh(-0), -0), Math.sinh(Infinity), Math.sinh(-Infinity), Math.sinh(NaN));
console.log(Math.cosh(0), Math.cosh(-0), Math.cosh(Infinity), Math.cosh(-Infinity));
console.log(Math.tanh(0), Object.is(Math.tanh(-0), -0), Math.tanh(Infinity), Math.tanh(-Infinity), Math.tanh(1000));
console.log(Math.asinh(0), Object.is(Math.asinh(-0), -0), Math.asinh(Infinity), Math.acosh(1), Math.acosh(0.5), Math.acosh(Infinity));
console.log(Math.atanh(0), Math.atanh(1), Math.atanh(-1), Math.atanh(2), Object.is(Math.atanh(-0), -0));
