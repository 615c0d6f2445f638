console.log(Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(), Math.min());
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max("7", 3), Math.min([1], 2), Math.max([1, 2], 0));
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.max(0, -0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.min(-0, 0), -0));
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max(null, -1), Math.min(undefined, 1));
console.log(Math.max(...[4, 9, 2]), Math.min.apply(null, [4, 9, 2]));
