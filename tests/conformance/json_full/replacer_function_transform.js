const data = { name: "An", age: 30, password: "secret", tags: ["x", "y"], n: 1.5 };
console.log(JSON.stringify(data, (k, v) => (k === "password" ? undefined : v)));
console.log(JSON.stringify(data, (k, v) => (typeof v === "number" ? v * 2 : v)));
console.log(JSON.stringify(data, (k, v) => (typeof v === "string" ? v.toUpperCase() : v)));
console.log(JSON.stringify([1, 2, 3], (k, v) => (k === "1" ? undefined : v)));
console.log(JSON.stringify({ a: 1 }, () => undefined), JSON.stringify(5, (k, v) => v + 1));
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === "" ? [9, 8] : v)));
