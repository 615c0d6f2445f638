const o = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", c: 3 };
for (const k in o) console.log(k, typeof k, o[k]);
const empty = {};
let count = 0;
for (const k in empty) count++;
console.log(count);
