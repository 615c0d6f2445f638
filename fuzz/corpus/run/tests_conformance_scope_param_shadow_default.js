const a = 10;
function f(a = a + 1) {
  return a;
}
console.log(f(5));
function g(x, y = x * 2) {
  return [x, y];
}
console.log(g(3));
console.log(g(3, 1));
let n = 100;
function h(m = n) {
  let n = 5;
  return [m, n];
}
console.log(h());
