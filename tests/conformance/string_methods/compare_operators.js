console.log("a" < "b", "B" < "a", "apple" < "apples", "" < "a");
console.log("10" < "9", "10" < 9, "ệ" > "z", "Z" < "a");
console.log("a😀" < "a\uFFFF", "\uFFFF" > "😀");
console.log(["b", "a", "C", "é", "e"].sort());
