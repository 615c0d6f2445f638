let list;
console.log("loop over", list);
for (const item of list) {
  console.log(item);
}
