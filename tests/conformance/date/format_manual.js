const pad = (n, w = 2) => String(n).padStart(w, "0");
const fmt = (d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
console.log(fmt(new Date(Date.UTC(2024, 0, 5, 7, 3))));
console.log(fmt(new Date(0)), fmt(new Date("2099-12-31T23:59:00Z")));
