function compute(x) {
  return x * factor;
}
console.log("start");
console.log(compute(2));
