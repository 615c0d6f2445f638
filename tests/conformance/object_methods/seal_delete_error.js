const o = Object.seal({ a: 1 });
delete o.a;
