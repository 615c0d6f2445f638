console.log([1, , 3].map((x) => x * 2));
console.log([1, , 3].filter(() => true));
console.log([1, , 3].map((x, i) => i));
const seen = [];
[1, , 3].forEach((x, i) => seen.push(i));
console.log(seen);
console.log(["1", "2", "3"].map(Number), ["1", "2", "3"].map(parseInt));
console.log([0, 1, "", null, "a", NaN].filter(Boolean));
