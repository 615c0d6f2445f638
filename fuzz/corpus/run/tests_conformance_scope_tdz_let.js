console.log("before");
function read() {
  return value;
}
let value = 7;
console.log(read());
console.log(typeof value);
