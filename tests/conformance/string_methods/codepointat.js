const s = "a😀b𝒳";
for (let i = 0; i < s.length + 1; i++) {
  console.log(i, s.codePointAt(i));
}
console.log(s.codePointAt(-1), s.codePointAt(NaN), s.codePointAt("1"));
console.log(s.codePointAt(1).toString(16));
console.log("\uD800".codePointAt(0), "\uDC00x".codePointAt(0));
console.log("\uD800\uD800".codePointAt(0));
