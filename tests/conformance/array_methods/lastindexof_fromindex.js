const a = ["a", "b", "a", "b"];
for (const from of [undefined, 0, 1, 2, 3, 4, -1, -2, -4, -5, NaN, 1.9]) {
  console.log(String(from), a.lastIndexOf("a", from), a.indexOf("b", from));
}
