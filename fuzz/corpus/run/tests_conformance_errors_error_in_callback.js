const nums = [1, 2, 3];
const out = nums.map((n) => {
  console.log("visit", n);
  return n.value.toFixed(1);
});
console.log(out);
