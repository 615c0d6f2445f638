// Reads through large prototypes stay exact when they change mid-run.
const a = [];
for (let i = 0; i < 3; i++) a.push(i);
console.log(a.length, a.join(","));
const b = [1];
b.push = function () { return "own"; };
console.log(b.push(2), [].push(3));
delete b.push;
console.log(b.push(2), b.join(","));
const proto = {};
for (let i = 0; i < 20; i++) proto["m" + i] = i;
const o = Object.create(proto);
for (let i = 0; i < 3; i++) console.log(o.m7, o.m19, o.m0);
proto.m7 = "changed";
console.log(o.m7);
delete proto.m3;
console.log(o.m3, o.m4);
for (let i = 0; i < 20; i += 2) delete proto["m" + i];
console.log(o.m1, o.m2, o.m7, o.m19);
proto.m2 = "back";
console.log(o.m2, Object.keys(proto).join(","));
o.m7 = "own";
console.log(o.m7, proto.m7);
Object.defineProperty(proto, "m9", { value: "defined", configurable: true });
console.log(o.m9);
const big = {
  a() { return "a"; }, b() { return "b"; }, c() { return "c"; }, d() { return "d"; },
  e() { return "e"; }, f() { return "f"; }, g() { return "g"; }, h() { return "h"; },
  i() { return "i"; }, j() { return "j"; }, k() { return "k"; }, l() { return "l"; },
  m() { return "m"; }, n() { return "n"; },
};
const x = Object.create(big);
let out = "";
for (let i = 0; i < 3; i++) out += x.a() + x.n();
big.n = function () { return "N"; };
out += x.n();
x.a = () => "A";
out += x.a();
delete big.a;
out += x.a();
delete x.a;
out += typeof x.a;
console.log(out);
