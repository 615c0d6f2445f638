const [p, q] = [1, 2];
console.log(p, q);
const [r] = { length: 1, 0: "x" };
console.log(r);
