function f() {
  return later + 1;
}
console.log("calling");
console.log(f());
const later = 1;
