let total = 0;
for (let i = 10; i > 0; i -= 3) total += i;
console.log(total);
const xs = [];
for (let i = 0, len = 3; i < len; i++) xs.push(i);
console.log(xs);
let k = 0;
for (; k < 3; ) k++;
console.log(k);
for (let i = 0; i < 3; i++) {
  let i2 = i;
  i2++;
}
console.log("done");
