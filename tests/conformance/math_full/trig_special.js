console.log(Math.sin(0), Object.is(Math.sin(-0), -0), Math.sin(Infinity), Math.sin(NaN));
console.log(Math.cos(0), Math.cos(-0), Math.cos(Infinity), Math.cos(NaN));
console.log(Math.tan(0), Object.is(Math.tan(-0), -0), Math.tan(-Infinity));
console.log(Math.asin(0), Math.asin(2), Math.acos(1), Math.acos(-2), Math.atan(0), Object.is(Math.atan(-0), -0));
console.log(Math.atan(Infinity) === Math.PI / 2, Math.atan(-Infinity) === -Math.PI / 2, Math.asin(1) === Math.PI / 2, Math.acos(-1) === Math.PI);
