const arr = [1, 2, 3];
for (const x of arr) {
  if (arr.length < 6) arr.push(x * 10);
}
console.log(arr);
const seen = [];
const arr2 = [1, 2, 3, 4];
for (const x of arr2) {
  seen.push(x);
  if (x === 2) arr2.splice(0, 1);
}
console.log(seen, arr2);
