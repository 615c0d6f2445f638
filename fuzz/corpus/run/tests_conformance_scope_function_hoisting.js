console.log(add(2, 3));
function add(a, b) {
  return a + b;
}
console.log(typeof later);
console.log(later());
function later() {
  return "hoisted";
}
console.log(typeof expr);
var expr = function () {
  return 1;
};
console.log(typeof expr);
