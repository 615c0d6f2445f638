const m = new Map();
const s = new Set();
console.log(typeof m, typeof s, m instanceof Map, s instanceof Set, m instanceof Object, Array.isArray(m));
console.log(String(m), String(s), Object.keys(m), m + "");
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(s));
