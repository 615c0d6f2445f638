const a = { name: "a" };
a.self = a;
console.log(a);
const b = [1];
b.push(b);
console.log(b);
const p = { child: { name: "c" } };
p.child.parent = p;
console.log(p);
