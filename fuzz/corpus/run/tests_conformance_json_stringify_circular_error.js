const a = { name: "a" };
console.log(JSON.stringify(a));
a.self = a;
console.log(JSON.stringify(a));
