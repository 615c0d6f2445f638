console.log(1, 1.5, -2, 1e21, 1e-7, NaN, Infinity, -Infinity);
console.log([0.1 + 0.2, 1 / 3, 2 ** 53, -1e-300]);
console.log({ big: 123456789012345680000, small: 5e-324 });
