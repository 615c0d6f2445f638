for (let n = 50; n <= 80; n += 5) {
  console.log({ key: "v".repeat(n - 12), n });
}
