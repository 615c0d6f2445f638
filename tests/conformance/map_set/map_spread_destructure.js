const m = new Map([["a", 1], ["b", 2], ["c", 3]]);
console.log([...m]);
const [[k1, v1], second] = m;
console.log(k1, v1, second);
const [, , third] = m.values();
console.log(third);
console.log(Object.fromEntries(m), new Map(Object.entries({ x: 1 })));
console.log(Math.max(...m.values()), [...m].map(([k, v]) => k + v).join(""));
