const o = Object.freeze({ a: 1 });
console.log(o.a);
o.a = 2;
