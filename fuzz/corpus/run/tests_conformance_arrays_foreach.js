const a = ["x", "y"];
a.forEach((v, i, arr) => console.log(i, v, arr.length));
const r = a.forEach(() => 1);
console.log(r);
[1, , 3].forEach((v) => console.log("visit", v));
let sum = 0;
[1, 2, 3].forEach((v) => (sum += v));
console.log(sum);
