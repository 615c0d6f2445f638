const s = new Set(["x", "y"]);
s.forEach((v, k, set) => console.log(v, k, v === k, set === s));
const visited = [];
s.forEach((v) => { visited.push(v); if (v === "x") s.add("z"); });
console.log(visited);
