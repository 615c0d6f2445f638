function f(a) {
  a = 99;
  return arguments[0];
}
console.log(f(1));
function g(a) {
  arguments[0] = 42;
  return a;
}
console.log(g(1));
function h(a = 0) {
  return arguments.length;
}
console.log(h(), h(5));
