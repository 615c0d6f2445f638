const o = { toJSON() { return { replaced: true }; } };
console.log(JSON.stringify(o));
console.log(JSON.stringify({ inner: o }));
const withKey = { toJSON(key) { return "key=" + key; } };
console.log(JSON.stringify({ x: withKey, y: [withKey] }));
