function f() {
  var x = 1;
  if (true) {
    var x = 2;
    console.log(x);
  }
  console.log(x);
  let y = 1;
  if (true) {
    let y = 2;
    console.log(y);
  }
  console.log(y);
}
f();
