const m = new Map();
console.log(m.size);
m.set("a", 1);
m.set("a", 2);
console.log(m.size, m.delete("a"), m.delete("a"), m.size);
m.set(1, 1).set(2, 2);
console.log(m.clear(), m.size, m);
