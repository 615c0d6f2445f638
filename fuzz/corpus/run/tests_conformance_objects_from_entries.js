console.log(Object.fromEntries([["a", 1], ["b", 2]]));
console.log(Object.fromEntries(new Map([["k", "v"], [1, "one"]])));
const prices = { apple: 2, pear: 3 };
const doubled = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2]));
console.log(doubled);
console.log(Object.fromEntries([]));
console.log(Object.fromEntries([["dup", 1], ["dup", 2]]));
