console.log((123456).toExponential(), (123456).toExponential(2), (123456).toExponential(0));
console.log((0).toExponential(), (0).toExponential(3), (-0).toExponential(1));
console.log((0.00015).toExponential(1), (1.5).toExponential(0), (2.5).toExponential(0), (-1.25e-7).toExponential(1));
console.log((1e21).toExponential(), (5e-324).toExponential(), Number.MAX_VALUE.toExponential(3));
console.log(NaN.toExponential(2), (-Infinity).toExponential(), (1).toExponential(20));
console.log((123.456).toExponential(undefined), (10).toExponential(1.9));
