console.log(JSON.stringify({ date: "2024-01-01", nil: null, zero: 0, f: false, s: "" }));
console.log(JSON.stringify([new Error("e")]));
console.log(JSON.stringify({ fn() {} }));
console.log(JSON.stringify(Object.create(null)));
