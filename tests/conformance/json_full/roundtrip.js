const values = [0, -1.5, "s", true, null, [1, "2", [3]], { a: { b: [null, false] } }, "ệ\u2028\n", 1e21, 5e-324];
for (const v of values) {
  const s = JSON.stringify(v);
  console.log(s, JSON.stringify(JSON.parse(s)) === s);
}
