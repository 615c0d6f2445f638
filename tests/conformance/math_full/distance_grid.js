const pts = [[0, 0], [3, 4], [-6, 8], [5, 12], [8, 15]];
for (const [x, y] of pts) console.log(x, y, Math.hypot(x, y), Math.abs(x) + Math.abs(y), Math.max(Math.abs(x), Math.abs(y)));
