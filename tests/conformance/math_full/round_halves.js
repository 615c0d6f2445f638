const vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 2.4, -2.6, 1e16 + 1, 4503599627370495.5, -0, -0.2];
for (const v of vals) console.log(v, Math.round(v), Object.is(Math.round(v), -0));
console.log(Math.round(NaN), Math.round(Infinity), Math.round("2.5"), Math.round(null));
