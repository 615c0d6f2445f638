console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log([{ a: [{ b: 1 }] }]);
