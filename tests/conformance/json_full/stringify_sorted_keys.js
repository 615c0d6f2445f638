const sortKeys = (v) => (Array.isArray(v) ? v.map(sortKeys) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v);
console.log(JSON.stringify(sortKeys({ z: 1, a: { y: [{ d: 1, c: 2 }], b: null } })));
