const o = Object.freeze({ a: 1 });
o.b = 2;
