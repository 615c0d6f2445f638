console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (-2.5).toFixed(0));
console.log((0.000001).toFixed(7), (0.0000001).toFixed(2), (1e21).toFixed(2), (1e20).toFixed(2));
console.log((-0).toFixed(2), (0).toFixed(0), (-0.0001).toFixed(2), (-1.5).toFixed(0));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
console.log((123.456).toFixed(), (0.5).toFixed(), (1.5).toFixed(), (8.345).toFixed(2));
