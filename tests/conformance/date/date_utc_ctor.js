const t = Date.UTC(2024, 0, 15, 10, 30);
console.log(t, typeof t);
const d = new Date(t);
console.log(d.toISOString(), d.getTime() === t);
console.log(Date.UTC(2024), Date.UTC(2024, 1), Date.UTC(2024, 1, 29), Date.UTC(1970, 0, 1));
console.log(Date.UTC(99, 0), Date.UTC(100, 0), Date.UTC(-1, 0), Date.UTC(2024, 12, 1), Date.UTC(2024, -1, 1));
console.log(Date.UTC(2024, 0, 1, 25, 61, 61, 1001), Date.UTC(), Date.UTC(NaN));
