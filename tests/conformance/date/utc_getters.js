const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 987));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
console.log(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
const e = new Date(Date.UTC(1969, 11, 31, 23, 59, 59, 999));
console.log(e.getTime(), e.getUTCFullYear(), e.getUTCDay(), e.getUTCMilliseconds());
