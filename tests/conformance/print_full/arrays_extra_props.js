const a = [1, 2, 3];
a.label = "nums";
console.log(a);
const b = [];
b.k = "v";
console.log(b);
const c = [1, , 3];
c.x = true;
console.log(c, [c]);
