const v = { a: [1, { b: 2 }], c: "x" };
for (const n of [0, 1, 2, 4, 10, 11, 20, -1, 3.7, NaN]) {
  console.log("indent", n);
  console.log(JSON.stringify(v, null, n));
}
