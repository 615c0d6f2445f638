const ids = [5, 3, 5, 1, 3, 9, 1];
console.log([...new Set(ids)]);
console.log(Array.from(new Set(ids)).sort((a, b) => a - b));
const objs = [{ id: 1 }, { id: 2 }, { id: 1 }];
const seen = new Set();
console.log(objs.filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true))));
