console.log(Math.exp(0), Math.exp(1), Math.exp(-Infinity));
console.log(Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1));
console.log(Math.log10(1000), Math.log10(2));
console.log(Math.log2(8), Math.log2(3));
console.log(Math.log1p(0), Math.expm1(0));
console.log(Math.log(10));
console.log(Math.exp(2));
