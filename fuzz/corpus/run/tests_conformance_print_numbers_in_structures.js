console.log([-0, 0, NaN, 1e21, 1e-7, 0.1 + 0.2]);
console.log({ neg: -0, inf: -Infinity });
console.log([1.0, 2.50, 100]);
