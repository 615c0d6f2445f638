console.log([2, 1].sort(undefined));
console.log([2, 1].sort("nope"));
