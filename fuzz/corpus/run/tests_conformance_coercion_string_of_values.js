const vals = [0, -0, 1.5, -1e21, 1e-7, NaN, Infinity, true, null, undefined, "", [], [1, [2, [3]]], [null], [undefined, 1], {}, { a: 1 }];
for (const v of vals) console.log(String(v));
