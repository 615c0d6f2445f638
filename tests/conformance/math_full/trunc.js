const vals = [4.7, -4.7, 0.5, -0.5, 0, -0, 1e21, NaN, Infinity, -Infinity, "3.9", null, undefined];
for (const v of vals) console.log(String(v), Math.trunc(v), Object.is(Math.trunc(v), -0));
