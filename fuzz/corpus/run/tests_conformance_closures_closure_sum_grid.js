function makeGrid(n) {
  const cells = [];
  for (let r = 0; r < n; r++) {
    const row = [];
    for (let c = 0; c < n; c++) {
      row.push(() => r * n + c);
    }
    cells.push(row);
  }
  return cells;
}
const g = makeGrid(3);
console.log(g.map((row) => row.map((f) => f())));
console.log(g[2][1]());
