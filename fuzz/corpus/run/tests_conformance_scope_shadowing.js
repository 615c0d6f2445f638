const x = "outer";
function f(x) {
  console.log(x);
  {
    const x = "block";
    console.log(x);
  }
  return x;
}
console.log(f("param"));
console.log(x);
const g = () => {
  let x = "arrow";
  return x;
};
console.log(g(), x);
