const a = new Date(Date.UTC(2024, 0, 1));
const b = new Date(Date.UTC(2024, 11, 31));
const dayMs = 24 * 60 * 60 * 1000;
console.log(b - a, (b - a) / dayMs, a < b, a > b, a == b, +a === +new Date(a));
console.log(new Date(+a + 45 * dayMs).toISOString());
console.log(a + 1 === a.toString() + "1", typeof (a + 1), typeof (a - 1));
