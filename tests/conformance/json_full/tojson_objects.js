const o = { toJSON() { return { replaced: true }; } };
console.log(JSON.stringify(o), JSON.stringify([o]), JSON.stringify({ o }));
const k = { toJSON(key) { return "key=" + key; } };
console.log(JSON.stringify({ first: k, second: [k] }));
console.log(JSON.stringify({ t: { toJSON: () => undefined }, keep: 1 }));
console.log(JSON.stringify({ a: { toJSON: "notfn", x: 1 } }));
const nested = { toJSON() { return { inner: { toJSON() { return 42; } } }; } };
console.log(JSON.stringify(nested));
