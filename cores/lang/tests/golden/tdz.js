function early() { return late; }
let late = 1;
console.log(early(), late);
function g() {
  use();
  let x = 1;
  function use() { return x; }
  x = 2;
  return x;
}
{
  y = 3;
  let y;
}
const k = 1;
k = 2;
