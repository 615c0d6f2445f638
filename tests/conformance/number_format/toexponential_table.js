const vals = [1, 10, 0.1, 12345.6789, 1e-10, 9.999, 0.00095, 7e22];
for (const v of vals) console.log(v.toExponential(), v.toExponential(0), v.toExponential(2), v.toExponential(5));
