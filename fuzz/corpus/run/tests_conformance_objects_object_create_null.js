const o = Object.create(null);
o.b = 1;
o.a = 2;
console.log(Object.keys(o));
console.log("toString" in o);
console.log(typeof o.hasOwnProperty);
console.log(JSON.stringify(o));
const p = Object.create({ inherited: true });
console.log(p.inherited, Object.keys(p));
