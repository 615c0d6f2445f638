const o = { a: 1 };
console.log(String(o));
console.log(o + "");
console.log(o.toString());
console.log(Object.prototype.toString.call([]));
console.log(Object.prototype.toString.call(null));
console.log(`${[1, { a: 1 }]}`);
