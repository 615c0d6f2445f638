const m = new Map([["a", 1], ["b", 2]]);
m.set("c", 3);
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log("k", k);
for (const v of m.values()) console.log("v", v);
const s = new Set([3, 1, 3, 2]);
for (const v of s) console.log("set", v);
for (const e of m.entries()) console.log(e);
