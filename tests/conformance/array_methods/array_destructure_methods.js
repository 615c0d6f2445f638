const [min, max] = [5, 1, 9, 3].toSorted((a, b) => a - b).filter((_, i, arr) => i === 0 || i === arr.length - 1);
console.log(min, max);
const [head, ...tail] = [1, 2, 3].toReversed();
console.log(head, tail);
const pairs = Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}=${v}`);
console.log(pairs.join("&"));
