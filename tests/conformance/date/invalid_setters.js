const d = new Date(NaN);
console.log(d.setUTCHours(1), d.getTime());
console.log(d.setUTCFullYear(2024), d.toISOString());
const e = new Date(0);
console.log(e.setUTCMonth(undefined), e.getTime());
console.log(e.setTime(), e.getTime());
