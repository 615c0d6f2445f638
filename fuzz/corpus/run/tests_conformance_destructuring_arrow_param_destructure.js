const list = [
  { name: "x", price: 3, qty: 2 },
  { name: "y", price: 5, qty: 1 },
];
console.log(list.map(({ name }) => name));
console.log(list.reduce((sum, { price, qty }) => sum + price * qty, 0));
console.log(Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}${v}`));
console.log([[1, [2, 3]]].map(([a, [b, c]]) => a + b + c));
