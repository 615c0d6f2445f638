const o = Object.freeze({ a: 1, nested: { b: 2 } });
console.log(Object.isFrozen(o), Object.isFrozen(o.nested));
o.nested.b = 3;
console.log(o.nested.b);
console.log(Object.isFrozen({}), Object.isFrozen(1), Object.isFrozen("s"));
const a = Object.freeze([1, 2]);
console.log(Object.isFrozen(a), a);
console.log(Object.freeze(5), Object.freeze(null));
