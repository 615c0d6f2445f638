const k1 = { id: 1 };
const k2 = { id: 1 };
const m = new Map([[k1, "first"], [k2, "second"]]);
console.log(m.size, m.get(k1), m.get(k2), m.get({ id: 1 }));
const fk = () => 1;
m.set(fk, "fn").set(null, "null").set(undefined, "undef");
console.log(m.get(fk), m.get(null), m.get(undefined), m.get(), m.has(undefined));
console.log(m);
