const vals = [0, 1, 0.1, 1 / 3, 123.456, 1e-10, 2 ** 60, -7.25];
for (const v of vals) {
  const row = [];
  for (let d = 0; d <= 20; d += 4) row.push(v.toFixed(d));
  console.log(row.join(" "));
}
console.log((0.1).toFixed(20), (1 / 3).toFixed(20));
console.log((1.23e-7).toFixed(100).length);
