const xs = [1.7, -1.7, 0.2, -0.2, 5, -5, NaN, Infinity];
console.log(xs.map(Math.floor));
console.log(xs.map(Math.ceil));
console.log(xs.map(Math.trunc));
console.log(Math.ceil(-0.5));
console.log(Math.trunc(-0.9));
console.log(Math.floor(-0));
