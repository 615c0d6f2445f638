const vals = [2.5, -2.5, 2 ** 31 + 0.5, -(2 ** 31) - 0.5, 1e10];
for (const v of vals) console.log(v, Math.trunc(v), v | 0);
