const o = Object.preventExtensions({ a: 1 });
o.a = 2;
delete o.a;
console.log(o, Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o));
console.log(Object.isExtensible({}), Object.isExtensible(1));
