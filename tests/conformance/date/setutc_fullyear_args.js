const d = new Date(Date.UTC(2024, 5, 15, 8));
d.setUTCFullYear(2023, 1, 29);
console.log(d.toISOString());
d.setUTCMonth(0, 0);
console.log(d.toISOString());
d.setUTCHours(1, 2, 3, 4);
console.log(d.toISOString());
d.setUTCMinutes(59, 59, 999);
console.log(d.toISOString());
