let x = 1;
{
  let x = 2;
  console.log(x);
  {
    let x = 3;
    console.log(x);
  }
  console.log(x);
}
console.log(x);
if (true) {
  let y = "inner";
  console.log(y);
}
console.log(typeof y);
