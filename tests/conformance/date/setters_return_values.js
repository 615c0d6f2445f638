const d = new Date(0);
console.log(d.setUTCFullYear(2020), d.setUTCMonth(5, 15), d.setUTCHours(12, 30, 45, 500));
console.log(d.toISOString());
console.log(d.setTime(86400000), d.toISOString());
console.log(d.setUTCDate(NaN), d.getTime(), d.toString());
