function outer(a) {
  let count = 0;
  const inc = () => {
    count++;
    return () => count + a + this.x + arguments.length;
  };
  return inc;
}
const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
for (const [k, v] of Object.entries({ a: 1 })) {
  fns.push(() => k + v);
}
const fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1); };
const later = function self() { return () => self; };
outer(1);
