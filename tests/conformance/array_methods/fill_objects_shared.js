const grid = Array(3).fill().map(() => Array(3).fill(0));
grid[1][1] = 5;
console.log(grid);
const shared = Array(2).fill([]);
shared[0].push("x");
console.log(shared);
