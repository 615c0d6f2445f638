const pairs = [["a", 1], ["b", 2], ["c", 3]];
const fns = [];
for (const [k, v] of pairs) {
  fns.push(() => k + v);
}
console.log(fns.map((f) => f()));
let total = 0;
for (let [, v] of pairs) {
  v *= 2;
  total += v;
}
console.log(total);
