const o = Object.freeze({ a: 1 });
console.log(Object.keys(o));
console.log(o.b);
console.log(Object.isFrozen(o));
delete o.a;
