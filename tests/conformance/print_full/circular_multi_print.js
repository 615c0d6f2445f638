const x = { n: "x" };
const y = { n: "y", x };
x.y = y;
console.log([x, y]);
const m = new Map();
m.set("me", m);
console.log(m);
