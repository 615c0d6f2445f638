const o = Object.create(null);
console.log(o);
o.x = 1;
console.log(o);
console.log({ nested: o });
console.log(Object.create(null));
