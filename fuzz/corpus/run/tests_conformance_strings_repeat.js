console.log("ab".repeat(3));
console.log(JSON.stringify("ab".repeat(0)));
console.log("-".repeat(20));
console.log("x".repeat(2.9));
console.log("é".repeat(3).length);
console.log("".repeat(100).length);
console.log("ha".repeat(1));
