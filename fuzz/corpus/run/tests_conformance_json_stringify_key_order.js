const o = { z: 1, 10: "a", 2: "b", a: 2 };
console.log(JSON.stringify(o));
const m = {};
m.second = 2;
m.first = 1;
m[0] = 0;
console.log(JSON.stringify(m));
