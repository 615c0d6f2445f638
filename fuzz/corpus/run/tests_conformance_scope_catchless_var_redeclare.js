var a = 1;
var a;
console.log(a);
var a = 2;
console.log(a);
function f() {
  var b = 1;
  var b = b + 1;
  return b;
}
console.log(f());
