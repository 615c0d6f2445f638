const vals = [0, -0, 1, 1.5, -3, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), -(2 ** 53), 1e21, NaN, Infinity, "5", 5.0, 4.000000000000001, 4.0000000000000001, null];
for (const v of vals) console.log(String(v), Number.isInteger(v), Number.isSafeInteger(v));
