for (let i = 0; i < 3; i++) {
  console.log("line", i);
}
const obj = undefined;
console.log(obj.x);
