console.log((0).toPrecision(1), (0).toPrecision(5), (-0).toPrecision(3));
console.log((0.000123).toPrecision(2), (0.0000001).toPrecision(1), (1e21).toPrecision(3), (1e21).toPrecision(22));
console.log((123456).toPrecision(2), (123456).toPrecision(6), (999).toPrecision(2), (99.99).toPrecision(3));
console.log((1.005).toPrecision(3), (2.5).toPrecision(1), (3.5).toPrecision(1), (-1.25).toPrecision(2));
console.log((5e-324).toPrecision(2), Number.MAX_VALUE.toPrecision(5));
console.log((1).toPrecision(), (1.23).toPrecision(undefined), NaN.toPrecision(200), Infinity.toPrecision(0));
