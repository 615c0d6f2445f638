console.log("count:", 3, "items:", [1, 2], { ok: true });
console.log("a", "b");
console.log([1], [2]);
console.log("x", undefined, "y");
console.log(null, "null");
console.log("%s is %d", "age", 42);
console.log("100%", "done");
