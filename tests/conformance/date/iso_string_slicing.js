const d = new Date(Date.UTC(2024, 4, 6, 7, 8, 9, 10));
const iso = d.toISOString();
console.log(iso.slice(0, 10), iso.slice(11, 19), iso.split("T"), iso.length);
console.log(iso.replace("T", " ").replace("Z", ""));
