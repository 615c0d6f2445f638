const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
for (const k in child) console.log(k);
console.log(Object.keys(child));
const bare = Object.create(null);
bare.z = 1;
bare.a = 2;
for (const k in bare) console.log(k);
