const m = new Map();
m.foo = "bar";
m.set("real", 1);
console.log(m.foo, m.get("foo"), m.size, Object.keys(m));
console.log(m);
