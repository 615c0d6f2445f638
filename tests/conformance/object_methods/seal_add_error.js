const o = Object.seal({ a: 1 });
o.a = 5;
console.log(o.a);
o.b = 2;
