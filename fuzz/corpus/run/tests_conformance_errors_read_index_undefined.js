const matrix = [[1, 2], [3, 4]];
console.log(matrix[1][0]);
console.log(matrix[2][0]);
