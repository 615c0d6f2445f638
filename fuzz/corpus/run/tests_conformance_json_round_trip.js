const original = { n: 1.5, s: "x\ny", a: [true, null, { deep: [] }], e: {} };
const text = JSON.stringify(original);
const back = JSON.parse(text);
console.log(text);
console.log(back);
console.log(JSON.stringify(back) === text);
console.log(back === original);
