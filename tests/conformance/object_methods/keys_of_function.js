function f(a, b) { return a + b; }
f.meta = "info";
console.log(Object.keys(f), f.length, f.name);
const g = () => 1;
console.log(Object.keys(g), g.name, (function () {}).name === "");
console.log(typeof f, f instanceof Object, Object.hasOwn(f, "meta"));
