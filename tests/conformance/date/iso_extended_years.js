console.log(new Date(Date.UTC(10000, 0, 1)).toISOString());
console.log(new Date(Date.UTC(-1, 0, 1)).toISOString());
console.log(new Date(Date.UTC(0, 0, 1)).toISOString());
const y0 = new Date(0);
y0.setUTCFullYear(0);
console.log(y0.toISOString(), y0.getUTCFullYear());
console.log(new Date("+010000-01-01T00:00:00Z").getTime(), new Date("-000001-01-01T00:00:00Z").getUTCFullYear());
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
