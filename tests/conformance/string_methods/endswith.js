const s = "Phường Bến Nghé";
console.log(s.endsWith("Nghé"), s.endsWith("Nghe"), s.endsWith(""));
console.log(s.endsWith("Bến", 10), s.endsWith("Bến", 11), s.endsWith("Phường", 6));
console.log(s.endsWith("P", 1), s.endsWith("P", 0), s.endsWith("", 0));
console.log(s.endsWith("é", 100), s.endsWith("é", -5), s.endsWith("é", NaN));
console.log("abc".endsWith("c", undefined), "abc".endsWith("b", 2.5));
console.log("123".endsWith(3), "null".endsWith(null), "abc".endsWith(["c"]));
