let a = null;
a ??= "set";
console.log(a);
a ??= "not again";
console.log(a);
let b = 0;
b ||= 5;
console.log(b);
b ||= 9;
console.log(b);
let c = 1;
c &&= "and";
console.log(c);
let d = 0;
d &&= "never";
console.log(d);
const o = { n: null, list: undefined };
o.n ??= 1;
o.list ||= [];
o.list.push("x");
console.log(o);
const cnt = {};
for (const w of ["a", "b", "a"]) {
  cnt[w] ??= 0;
  cnt[w]++;
}
console.log(cnt);
