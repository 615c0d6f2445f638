const d = new Date(Date.UTC(2024, 0, 15, 10, 30, 5));
console.log(d.toLocaleDateString());
console.log(d.toLocaleTimeString());
console.log(d.toLocaleString());
const e = new Date(Date.UTC(2023, 11, 3, 0, 5, 9));
console.log(e.toLocaleDateString(), e.toLocaleTimeString(), e.toLocaleString());
const f = new Date(Date.UTC(2023, 6, 9, 12, 0, 0));
console.log(f.toLocaleTimeString(), new Date(Date.UTC(2023, 6, 9, 23, 59, 59)).toLocaleTimeString());
console.log(new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleString());
