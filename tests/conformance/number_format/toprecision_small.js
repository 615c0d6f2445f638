const vals = [1e-7, 1.2345e-7, 0.00001, 0.000012345, 0.1, 1, 10, 1e6, 1.5e20, 1.5e21];
for (const v of vals) console.log(v.toPrecision(1), v.toPrecision(3), v.toPrecision(8));
