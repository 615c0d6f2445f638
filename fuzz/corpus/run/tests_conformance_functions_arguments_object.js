function f() {
  return arguments.length;
}
console.log(f(), f(1), f(1, 2, 3), f(undefined));
function g(a, b) {
  return [arguments[0], arguments[1], arguments[2]];
}
console.log(g(1, 2, 3));
console.log(g("only"));
function h() {
  return Array.prototype.slice.call(arguments, 1);
}
console.log(h(1, 2, 3));
function j() {
  return Array.from(arguments).map((x) => x * 2);
}
console.log(j(1, 2, 3));
function k() {
  return typeof arguments;
}
console.log(k());
