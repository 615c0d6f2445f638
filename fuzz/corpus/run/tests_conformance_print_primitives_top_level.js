console.log(1, "two", true, null, undefined);
console.log(-0, NaN, Infinity, -Infinity);
console.log(0.1 + 0.2, 1e21, 1e-7);
console.log("");
console.log();
console.log(" leading and trailing ");
