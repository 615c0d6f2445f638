const o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", "01": "lead", 1.5: "frac", 4294967294: "max", 4294967295: "big" };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o)[0], Object.entries(o).length);
console.log(JSON.stringify(o));
for (const k in o) console.log(k);
