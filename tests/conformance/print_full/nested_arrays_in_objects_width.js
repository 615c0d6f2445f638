console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], id: "m1" });
console.log({ rows: Array.from({ length: 8 }, (_, i) => ({ i, sq: i * i })) });
console.log([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]]);
