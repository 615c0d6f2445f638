const v = { keep: 1, drop: 2, nested: { drop: 3, n: 4 }, list: [1, 2] };
console.log(JSON.stringify(v, (k, val) => (k === "drop" ? undefined : val)));
console.log(JSON.stringify(v, (k, val) => (typeof val === "number" ? val * 10 : val)));
const keys = [];
JSON.stringify({ a: { b: 1 }, c: [2] }, (k, val) => {
  keys.push(k);
  return val;
});
console.log(keys);
console.log(JSON.stringify(5, (k, v) => v + 1));
