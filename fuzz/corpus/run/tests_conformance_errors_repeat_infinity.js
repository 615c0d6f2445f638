console.log("x".repeat(0));
console.log("x".repeat(Infinity));
