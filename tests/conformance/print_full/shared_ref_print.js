const s = { v: 1 };
console.log({ a: s, b: s, c: [s, s] });
