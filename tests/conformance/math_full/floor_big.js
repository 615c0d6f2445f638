console.log(Math.floor(1e300), Math.ceil(-1e300), Math.round(2 ** 52 + 0.5), Math.floor(-(2 ** 53) - 0.5));
console.log(Math.floor(5e-324), Math.ceil(5e-324), Math.ceil(-5e-324), Object.is(Math.ceil(-5e-324), -0));
console.log(Math.round(5e-324), Math.round(-5e-324), Object.is(Math.round(-5e-324), -0));
