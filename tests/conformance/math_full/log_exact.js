console.log(Math.log2(8), Math.log2(1024), Math.log2(1), Math.log2(0.5), Math.log2(2 ** -1074));
console.log(Math.log10(1000), Math.log10(1e-5), Math.log10(1), Math.log10(1e21), Math.log10(10));
console.log(Math.log(1), Math.log(0), Math.log(-0), Math.log(-1), Math.log(Infinity), Math.log(NaN), Math.log(Math.E));
console.log(Math.log2(0), Math.log2(-2), Math.log10(-0), Math.log10(Infinity));
console.log(Math.log1p(0), Object.is(Math.log1p(-0), -0), Math.log1p(-1), Math.log1p(-2), Math.log1p(Infinity));
