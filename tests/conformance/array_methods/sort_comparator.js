console.log([10, 9, 1, 100].sort((a, b) => a - b));
console.log([3, undefined, 1, , 2].sort((a, b) => b - a));
console.log(["b", "a", "c"].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
console.log([1, 2, 3].sort(() => -1));
console.log([1, 2, 3].sort(() => 1));
console.log([3, 1, 2].sort((a, b) => (a > b) - (a < b)));
console.log([0.3, 0.1, 0.2].sort((a, b) => a - b));
