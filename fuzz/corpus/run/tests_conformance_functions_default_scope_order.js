let x = "outer";
function f(a = x, b = () => a) {
  let x2 = "inner";
  a = "changed";
  return [a, b()];
}
console.log(f());
console.log(f("given"));
function g(a, b = arguments.length) {
  return b;
}
console.log(g(1), g(1, undefined), g(1, 2, 3));
