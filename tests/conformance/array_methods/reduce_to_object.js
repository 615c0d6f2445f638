const pairs = [["a", 1], ["b", 2], ["a", 3]];
console.log(pairs.reduce((o, [k, v]) => ({ ...o, [k]: (o[k] ?? 0) + v }), {}));
console.log(pairs.reduceRight((o, [k, v]) => ({ ...o, [k]: v }), {}));
console.log([1, 2, 3, 4].reduce((acc, x) => (x % 2 ? acc : [...acc, x * x]), []));
