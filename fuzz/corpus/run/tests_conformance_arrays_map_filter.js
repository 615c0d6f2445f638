const a = [1, 2, 3, 4];
console.log(a.map((x) => x * x));
console.log(a.map((x, i) => x * i));
console.log(a.map((x, i, arr) => arr.length));
console.log(a.filter((x) => x % 2 === 0));
console.log(a.filter(() => false));
console.log(["1", "2", "3"].map(Number));
console.log(["1", "2", "3"].map(parseInt));
console.log([0, 1, "", "a", null, NaN, []].filter(Boolean));
