console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[[1]]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log([{ a: { b: { c: {} } } }]);
console.log([{ a: { b: { c: [] } } }]);
console.log({ l1: { l2: { l3: "str", arr: [1, 2] } } });
