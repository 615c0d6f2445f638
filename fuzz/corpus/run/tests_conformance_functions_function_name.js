function declared() {}
const expr = function () {};
const named = function inner() {};
const arrow = () => {};
const obj = { method() {}, prop: function () {}, arr: () => {} };
console.log(declared.name);
console.log(expr.name);
console.log(named.name);
console.log(arrow.name);
console.log(obj.method.name);
console.log(obj.prop.name);
console.log(obj.arr.name);
console.log((() => {}).name === "");
console.log(Math.max.name);
console.log(declared.bind(null).name);
