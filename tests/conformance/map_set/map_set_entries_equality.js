const a = new Map([[1, 2]]);
const b = new Map([[1, 2]]);
console.log(a == b, a === b, JSON.stringify([...a]) === JSON.stringify([...b]));
console.log(new Set([1]) == new Set([1]), new Set([a]).has(a), new Set([a]).has(b));
