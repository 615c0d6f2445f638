const entries = [["vi", "Xin chào"], ["en", "Hello"], ["fr"]];
const describe = ([lang, text = "(missing)"], i) => `${i}. ${lang}: ${text}`;
console.log(entries.map(describe).join("\n"));
const byLang = Object.fromEntries(entries.filter(([, t]) => t));
console.log(byLang);
