const v = JSON.parse('{"a":1,"b":{"c":2},"d":[3,4]}', (k, val) => (typeof val === "number" ? val * 100 : val));
console.log(v);
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (k, val) => {
  order.push(k);
  return val;
});
console.log(order);
const dropped = JSON.parse('{"keep":1,"drop":2}', (k, val) => (k === "drop" ? undefined : val));
console.log(dropped);
