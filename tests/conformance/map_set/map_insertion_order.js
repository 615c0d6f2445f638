const m = new Map();
m.set("b", 1).set("a", 2).set(1, "one").set("0", "zero");
console.log([...m.keys()]);
m.set("b", 10);
console.log([...m.entries()]);
m.delete("b");
m.set("b", 20);
console.log([...m.keys()], m.size);
console.log(m);
