const nums = [10, 1, 5, 100, 25, -3];
console.log(nums.slice().sort((a, b) => a - b));
console.log(nums.slice().sort((a, b) => b - a));
const words = ["kiwi", "fig", "banana", "apple"];
console.log(words.slice().sort((a, b) => a.length - b.length));
console.log(words.slice().sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
console.log([0.1, -0, 0, -1e21, 1e21].sort((a, b) => a - b));
const orig = [3, 1, 2];
console.log(orig.toSorted(), orig);
