console.log(5..toFixed(1), (5).toFixed(1), 5.5.toFixed(), 0x10.toString(2), 1e3.toExponential());
console.log((-5).toFixed(1), -5 .toFixed(1), typeof -5 .toFixed(1));
