console.log("abc".padStart(10, "123456789"), "abc".padEnd(10, "123456789"));
console.log("abc".padStart(5, "xyz"), "abc".padEnd(5, "xyz"));
console.log("ab".padStart(2 ** 31 - 1 > 0 ? 4 : 0, "-"));
