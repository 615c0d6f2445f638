// stdout: built
// error: tests/limits/nesting.js:7: RangeError: Maximum call stack size exceeded
// Deeply nested data never overflows the Rust stack: ToString of nested arrays walks them with its own stack and stops at a depth limit.
let a = [1]
for (let i = 0; i < 200000; i++) a = [a]
console.log("built")
const s = String(a)
