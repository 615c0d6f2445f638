console.log([1, "a", true, null, undefined, { x: 1 }, [2], 3.5, -1]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
