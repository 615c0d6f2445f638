const o = { b: 1, 2: 2, a: 3, 1: 4, "10": 5, "9": 6 };
console.log(Object.entries(o));
console.log(Object.values(o));
for (const k in o) console.log(k);
