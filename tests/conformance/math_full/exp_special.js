console.log(Math.exp(0), Math.exp(-0), Math.exp(Infinity), Math.exp(-Infinity), Math.exp(NaN), Math.exp(1) === Math.E);
console.log(Math.exp(1000), Math.exp(-1000), Math.expm1(0), Object.is(Math.expm1(-0), -0), Math.expm1(Infinity), Math.expm1(-Infinity));
