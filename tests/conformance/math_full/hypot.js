console.log(Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(1, 2, 2), Math.hypot(), Math.hypot(-3));
console.log(Math.hypot(3, 4, "12"), Math.hypot(NaN, 1), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN));
console.log(Math.hypot(0, -0), Object.is(Math.hypot(-0), 0), Math.hypot(1e200, 1e200) > 1e200, Math.hypot(6, 8));
