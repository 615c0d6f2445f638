function add(a, b) {
  return this.base + a + b;
}
const ctx = { base: 100 };
const add1 = add.bind(ctx, 1);
console.log(add1(2));
console.log(add1(10, 999));
console.log(add1.length);
const rebound = add1.bind({ base: 0 });
console.log(rebound(5));
const arrow = () => 1;
console.log(arrow.bind({})());
const greet = function (x) {
  return `${this.p}${x}`;
}.bind({ p: ">" });
console.log(["a", "b"].map(greet));
