const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 });
console.log(r);
console.log(r === target);
console.log(Object.assign({}, "xy"));
console.log(Object.assign([1, 2, 3], [9]));
const clone = Object.assign({}, { deep: { v: 1 } });
console.log(clone);
