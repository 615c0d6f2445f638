console.log(JSON.stringify([[1, 2], [3, [4, 5]], { k: [6] }], null, 3));
console.log(JSON.stringify({ matrix: [[1, 0], [0, 1]] }, null, "  "));
