const pairs = [];
for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) break;
    if ((i + j) % 2) continue;
    pairs.push(`${i}${j}`);
  }
}
console.log(pairs.join(" "));
function findFirst(grid, target) {
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) return [r, c];
    }
  }
  return null;
}
console.log(findFirst([[1, 2], [3, 4]], 3));
console.log(findFirst([[1, 2], [3, 4]], 9));
