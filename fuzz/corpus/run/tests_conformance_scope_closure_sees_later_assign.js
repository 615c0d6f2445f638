let msg = "first";
const show = () => msg;
console.log(show());
msg = "second";
console.log(show());
function counter() {
  return total;
}
let total = 0;
for (let i = 1; i <= 4; i++) total += i;
console.log(counter());
