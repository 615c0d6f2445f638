const o = { 1: "a", "2": "b", 1.5: "c", 1e3: "d" };
console.log(o[1], o["1"], o[2], o[1.5], o["1.5"], o[1000], o["1e3"]);
console.log(Object.keys(o));
const a = ["x", "y"];
console.log(a["0"], a[0.0], a["00"], a[" 1"]);
