console.log("".repeat(3).length);
console.log("a".repeat(Infinity));
