const m = new Map([["a", 1]]);
const s = new Set([1, 2]);
console.log(JSON.stringify(m), JSON.stringify(s), JSON.stringify({ m, s }));
console.log(JSON.stringify([...m]), JSON.stringify([...s]), JSON.stringify(Object.fromEntries(m)));
