const m = new Map([["a", 1], ["b", 2]]);
m.forEach((value, key, map) => console.log(key, value, map === m));
const ctx = { p: "*" };
m.forEach(function (v, k) { console.log(this.p + k + v); }, ctx);
console.log(m.forEach(() => 0));
