console.log({ a: {}, b: [], c: "" });
console.log([[], {}, [[]], [{}]]);
console.log({ a: [[]], b: [{}] });
