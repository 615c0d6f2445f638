const m = new Map();
for (let i = 0; i < 200; i++) m.set("k" + i, i * i);
console.log(m.size, m.get("k150"), m.get("k199"));
for (let i = 0; i < 200; i += 2) m.delete("k" + i);
console.log(m.size, [...m.keys()].slice(0, 5), [...m.values()].slice(-2));
