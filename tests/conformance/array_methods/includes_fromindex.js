const a = [1, 2, 3];
for (const from of [0, 1, 2, 3, -1, -3, -10, NaN, "1", 1.5, Infinity, -Infinity]) {
  console.log(String(from), a.includes(1, from), a.includes(3, from));
}
