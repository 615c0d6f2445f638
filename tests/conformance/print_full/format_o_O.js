console.log("%o", { a: 1 });
console.log("%O", { a: 1, b: { c: { d: { e: 1 } } } });
console.log("%o", [1, 2]);
console.log("%O", "str", "%O", 5);
console.log("%o", "str");
