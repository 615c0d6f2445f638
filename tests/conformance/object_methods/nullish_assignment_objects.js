const o = { a: 0, b: null, c: undefined, d: "" };
o.a ??= 1; o.b ??= 2; o.c ??= 3; o.d ??= 4; o.e ??= 5;
console.log(o);
const p = { a: 0, b: 1 };
p.a ||= 10; p.b &&= 20; p.c ||= 30; p.d &&= 40;
console.log(p, "d" in p);
