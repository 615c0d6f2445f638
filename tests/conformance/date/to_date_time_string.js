const d = new Date(Date.UTC(2024, 0, 15, 10, 30, 5));
console.log(d.toDateString());
console.log(d.toTimeString());
console.log(new Date(0).toDateString(), new Date(NaN).toDateString());
console.log(new Date(NaN).toTimeString());
