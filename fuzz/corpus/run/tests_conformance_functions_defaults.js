function f(a, b = 2, c = a + b) {
  return [a, b, c];
}
console.log(f(1));
console.log(f(1, undefined, 10));
console.log(f(1, null));
console.log(f());
const g = (x = "def") => x;
console.log(g(), g(undefined), g(null), g(0), g(""));
let calls = 0;
function h(v = ++calls) {
  return v;
}
console.log(h(), h(), h(99), calls);
