console.log(Math.abs(-5), Math.abs(5), Math.abs(-0));
console.log(Math.abs("-3"), Math.abs(null), Math.abs(undefined));
console.log(Math.abs(-Infinity));
console.log(Math.sign(3), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(NaN));
console.log(Math.sign("-2"));
console.log(Math.abs([-2]));
