console.log("".replaceAll("", "_"), "ab".replaceAll("", "_"), "ệ".replaceAll("", "|"));
console.log("a😀".replaceAll("", ".").length);
console.log("aaa".replaceAll("a", ""), "aaa".replaceAll("aaaa", "x"));
