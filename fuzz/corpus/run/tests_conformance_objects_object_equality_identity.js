const a = { x: 1 };
const b = { x: 1 };
const c = a;
console.log(a === b, a === c);
c.x = 99;
console.log(a.x);
const list = [a, b];
console.log(list.indexOf(b), list.includes({ x: 1 }));
