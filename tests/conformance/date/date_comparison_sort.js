const ds = ["2024-03-01", "2023-12-25", "2024-01-15", "2023-01-01"].map((s) => new Date(s));
ds.sort((a, b) => a - b);
console.log(ds.map((d) => d.toISOString().slice(0, 10)));
console.log(Math.max(...ds) === ds[3].getTime(), new Date(Math.min(...ds)).toISOString());
