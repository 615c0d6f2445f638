const o = Object.freeze({ a: 1 });
console.log(delete o.zzz);
delete o.a;
