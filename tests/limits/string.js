// stdout: 3
// error: tests/limits/string.js:4: StringLimit: string length 1000000000 exceeds the cap of 16777216 code units
console.log("abc".length)
const s = "a".repeat(1e9)
console.log(s.length)
