const s = "x-y-z-w";
for (const lim of [0, 1, 3, 4, 10, 2.5, "2", NaN, -1, 4294967297]) {
  console.log(String(lim), JSON.stringify(s.split("-", lim)));
}
