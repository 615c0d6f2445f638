console.log(Math.fround(1), Math.fround(1.5), Math.fround(0.5), Math.fround(-2.25), Math.fround(0), Object.is(Math.fround(-0), -0));
console.log(Math.fround(0.1), Math.fround(1.1), Math.fround(16777217), Math.fround(2 ** 128), Math.fround(1e-50));
console.log(Math.fround(NaN), Math.fround(Infinity), Math.fround(3.4028234663852886e38), Math.fround(5.877471754111438e-39));
