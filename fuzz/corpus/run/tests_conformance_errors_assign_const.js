const total = 0;
const items = [1, 2, 3];
console.log("items", items.length);
for (const x of items) {
  total += x;
}
console.log(total);
