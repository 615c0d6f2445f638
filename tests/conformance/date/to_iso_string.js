const ds = [0, 1, -1, 86400000, 951782400000, 1700000000000, -62198755200000, 253402300799999];
for (const t of ds) console.log(t, new Date(t).toISOString());
