for (const r of [2, 8, 16, 36]) {
  const vals = [0, 1, 7, 100, 65535, 123456789];
  console.log(r, vals.map((v) => parseInt(v.toString(r), r) === v).every(Boolean), vals.map((v) => v.toString(r)).join(" "));
}
