const o = Object.create(null);
o.x = 1;
o.y = { z: 2 };
console.log(o);
console.log({ inner: o });
console.log([o]);
const e = Object.create(null);
console.log(e, { e });
