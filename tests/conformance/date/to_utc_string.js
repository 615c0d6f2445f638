const ds = [0, Date.UTC(2024, 0, 15, 10, 30), Date.UTC(1999, 11, 31, 23, 59, 59), Date.UTC(2024, 1, 29)];
for (const t of ds) console.log(new Date(t).toUTCString());
console.log(new Date(NaN).toUTCString());
console.log(new Date(0).toGMTString === new Date(0).toUTCString);
