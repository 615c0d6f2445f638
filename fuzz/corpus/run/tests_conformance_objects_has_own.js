const o = { a: 1, u: undefined };
console.log(o.hasOwnProperty("a"));
console.log(o.hasOwnProperty("toString"));
console.log(Object.hasOwn(o, "u"));
console.log(Object.hasOwn(o, "x"));
console.log("toString" in o);
console.log(Object.prototype.hasOwnProperty.call(o, "a"));
