let a = 1;
const b = a + 2;
var c;
function f(x, y = 2, ...rest) {
  let z = x + y;
  {
    let z = 3;
    console.log(z);
  }
  return z + rest.length + c;
}
f(a, b);
