const cases = ["abc", "a😀b", "\uD800", "\uDC00", "a\uD800b", "\uDC00\uD800", "", "ệ"];
for (const c of cases) {
  const w = c.toWellFormed();
  console.log(JSON.stringify(c), c.isWellFormed(), JSON.stringify(w), w.isWellFormed(), w.length === c.length);
}
console.log("\uD800".toWellFormed().charCodeAt(0).toString(16));
