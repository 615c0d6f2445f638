const vals = [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1.005, 1.015, 1.025, 4.35, 8.575, 1.0049999999999999];
for (const v of vals) console.log(v, v.toFixed(0), v.toFixed(1), v.toFixed(2));
