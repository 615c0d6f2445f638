const d = new Date("nope");
console.log(d.getTime(), isNaN(d), d.valueOf(), String(d));
console.log(d.getUTCFullYear(), d.getDay(), d.getTimezoneOffset());
console.log(d.toString(), d.toUTCString(), d.toDateString());
console.log(d.toJSON(), JSON.stringify({ d }));
console.log(new Date(NaN).getTime(), new Date(Infinity).getTime(), new Date(8.64e15 + 1).getTime());
console.log(Date.parse("nope"), Date.parse(""), Date.parse("2024-01-15Tjunk"));
