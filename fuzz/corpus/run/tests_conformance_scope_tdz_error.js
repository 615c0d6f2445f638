console.log("start");
{
  console.log("in block");
  console.log(x);
  let x = 1;
}
console.log("unreachable");
