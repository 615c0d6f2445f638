console.log("ab".repeat(3), "ab".repeat(0) === "", "ab".repeat(1));
console.log("x".repeat(2.9), "x".repeat("3"), "x".repeat(NaN) === "", "x".repeat(null) === "");
console.log("".repeat(100) === "", "ố".repeat(4), "-=".repeat(5) + "-");
console.log("x".repeat(true), "x".repeat([2]));
