console.log("ab".repeat(2));
console.log("ab".repeat(-1));
