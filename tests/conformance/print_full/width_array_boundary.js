for (let n = 60; n <= 80; n += 4) {
  console.log(["a".repeat(n - 30), "b".repeat(10), "c".repeat(10)]);
}
