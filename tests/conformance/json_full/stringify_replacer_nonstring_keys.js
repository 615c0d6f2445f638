console.log(JSON.stringify({ a: [10, 20] }, (k, v) => (typeof k === "string" ? v : "NOT STRING")));
console.log(JSON.stringify([[1]], function (k, v) { return Array.isArray(this) ? "in-array:" + k : v; }));
