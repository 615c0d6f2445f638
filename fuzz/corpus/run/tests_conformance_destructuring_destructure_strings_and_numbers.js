const { length, 0: ch } = "xyz";
console.log(length, ch);
const { toFixed } = 5;
console.log(typeof toFixed);
const [d1, d2, d3] = String(2024);
console.log(d1, d2, d3);
