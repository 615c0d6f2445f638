const spaces = ["\u00A0", "\u1680", "\u2000", "\u2007", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF"];
for (const sp of spaces) {
  console.log(sp.charCodeAt(0).toString(16), (sp + "x" + sp).trim() === "x");
}
console.log(JSON.stringify("\u200Bx\u200B".trim().length));
console.log(JSON.stringify("\u180Ex".trim().length));
