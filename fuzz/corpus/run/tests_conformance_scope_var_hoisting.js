console.log(v);
var v = 5;
console.log(v);
function f() {
  console.log(w);
  if (false) {
    var w = 1;
  }
  return w;
}
console.log(f());
for (var i = 0; i < 2; i++) {}
console.log(i);
{
  var blockVar = "visible";
}
console.log(blockVar);
