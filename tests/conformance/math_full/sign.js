const vals = [3, -3, 0, -0, Infinity, -Infinity, NaN, "5", "-0", null, undefined, 1e-300, -5e-324];
for (const v of vals) console.log(String(v), Math.sign(v), Object.is(Math.sign(v), -0));
