const o = { d: new Date(Date.UTC(2020, 5, 1)), n: 1 };
console.log(JSON.stringify(o, (k, v) => (k === "d" ? typeof v : v)));
const t = { toJSON() { return { x: 1, y: 2 }; } };
console.log(JSON.stringify({ t }, (k, v) => (k === "x" ? undefined : v)));
console.log(JSON.stringify({ t }, ["t", "y"]));
