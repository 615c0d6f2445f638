const m = new Map();
m.set(NaN, "nan");
console.log(m.get(NaN), m.has(NaN), m.get(0 / 0));
m.set(-0, "zero");
console.log(m.get(0), m.get(-0), m.has(+0), [...m.keys()].map((k) => Object.is(k, -0)));
m.set(0, "plus");
console.log(m.size, m.get(-0));
m.set("1", "s").set(1, "n");
console.log(m.get(1), m.get("1"), m.size);
