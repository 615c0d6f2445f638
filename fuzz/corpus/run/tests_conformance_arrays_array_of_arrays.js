const matrix = [
  [1, 2, 3],
  [4, 5, 6],
];
const transpose = matrix[0].map((_, c) => matrix.map((row) => row[c]));
console.log(transpose);
console.log(matrix.map((r) => r.join(" ")).join("\n"));
console.log(matrix.flat().reduce((a, b) => a + b));
const grid = Array.from({ length: 3 }, () => Array(3).fill("."));
grid[1][1] = "#";
console.log(grid.map((r) => r.join("")).join("\n"));
