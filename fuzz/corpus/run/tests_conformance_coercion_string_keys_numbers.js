const o = { 1: "a", 1.5: "b", "-1": "c", 1e21: "d", 0.1: "e" };
console.log(Object.keys(o));
console.log(o[1.5], o["-1"], o["1e+21"], o[0.1]);
const m = {};
m[0.1 + 0.2] = "x";
console.log(Object.keys(m));
