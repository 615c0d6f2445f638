console.log(Math.atan2(0, 0), Object.is(Math.atan2(-0, 0), -0), Math.atan2(0, -0) === Math.PI, Math.atan2(-0, -0) === -Math.PI);
console.log(Math.atan2(1, 0) === Math.PI / 2, Math.atan2(-1, 0) === -Math.PI / 2, Math.atan2(0, -1) === Math.PI);
console.log(Math.atan2(Infinity, Infinity) === Math.PI / 4, Math.atan2(1, Infinity), Math.atan2(1, -Infinity) === Math.PI);
console.log(Math.atan2(NaN, 1), Math.atan2(1, NaN), Math.atan2(1, 1) === Math.PI / 4);
