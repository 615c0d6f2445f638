console.log(Object.create(null));
const o = Object.create(null);
o.nested = Object.create(null);
o.nested.x = 1;
console.log(o);
console.log([Object.create(null)]);
