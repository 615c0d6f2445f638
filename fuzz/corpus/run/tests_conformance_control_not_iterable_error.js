const data = { a: 1 };
console.log("iterating");
for (const x of data) {
  console.log(x);
}
