const o = Object.seal({ a: 1 });
o.a = 2;
console.log(o, Object.isSealed(o), Object.isFrozen(o));
console.log(Object.isSealed(Object.freeze({})), Object.isSealed({}), Object.isSealed(3));
const e = Object.seal({});
console.log(Object.isFrozen(e), Object.isSealed(e));
