console.log(1, "%s", "x");
console.log({ a: "%s" }, "x");
console.log(["%d"], 5);
console.log(null, "%s");
