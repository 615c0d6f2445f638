console.log([1, 10, 100, 1000, 10000, 1, 10, 100, 1000, 10000]);
console.log([-1, -10, -100, 5, 50, 500, 0.5, 0.05, 0.005]);
console.log(Array.from({ length: 16 }, (_, i) => 2 ** i));
console.log(Array.from({ length: 16 }, (_, i) => String(2 ** i)));
