const deep = { l1: { l2: { l3: { l4: { l5: "bottom" } } } } };
console.log(deep);
console.log([[[["four"]]]]);
console.log([[[[[1]]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
