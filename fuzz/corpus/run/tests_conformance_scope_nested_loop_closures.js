const grid = [];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 3; c++) {
    grid.push(() => `${r},${c}`);
  }
}
console.log(grid.map((g) => g()).join(" "));
