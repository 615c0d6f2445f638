function apply(f, x) {
  return f(x);
}
console.log(apply(Math.sqrt, 16));
console.log(apply((s) => s.length, "hello"));
const table = { double: (x) => x * 2, negate: (x) => -x };
console.log(Object.keys(table).map((k) => table[k](21)));
console.log(typeof apply, apply instanceof Object);
const fns = [Math.floor, Math.ceil, Math.round, Math.trunc];
console.log(fns.map((f) => f(-2.5)));
