const proto = { greet() { return "hi " + this.name; } };
const o = Object.create(proto);
o.name = "An";
console.log(o.greet(), Object.keys(o), "greet" in o, Object.hasOwn(o, "greet"));
console.log(Object.getPrototypeOf(o) === proto);
console.log(o);
for (const k in o) console.log("key", k);
