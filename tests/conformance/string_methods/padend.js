console.log(JSON.stringify("abc".padEnd(6)));
console.log("abc".padEnd(8, "12"), "abc".padEnd(2, "x"), "abc".padEnd(3, "x"));
console.log(JSON.stringify("abc".padEnd(6, "")), "abc".padEnd(6.9, "-"));
console.log("abc".padEnd(-1, "x"), "abc".padEnd(NaN, "x"), "abc".padEnd("5", 0));
console.log("".padEnd(5, "ab"), "a".padEnd(4, undefined) + "|", "a".padEnd(4, null));
console.log("Tên".padEnd(8, ".") + "|", "x".padEnd(3, "😀").length);
