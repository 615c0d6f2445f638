const vals = [1.5, -1.5, 1, -1, 0.1, -0.1, 0, -0, 2 ** 53 + 0.5, 1e21 + 0.5, NaN, Infinity, -Infinity, 4.999999999999999];
for (const v of vals) console.log(v, Math.floor(v), Math.ceil(v), Object.is(Math.ceil(v), -0));
