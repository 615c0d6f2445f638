const s = "Việt Nam";
const forms = ["NFC", "NFD", "NFKC", "NFKD"];
for (const f of forms) {
  console.log(f, s.normalize(f).length);
}
console.log(s.normalize() === s.normalize("NFC"));
console.log(s.normalize("NFD") === s, s.normalize("NFD").normalize("NFC") === s);
const composed = "\u1EC7";
const decomposed = "e\u0323\u0302";
console.log(composed === decomposed, composed.normalize("NFD") === decomposed.normalize("NFD"));
console.log(decomposed.normalize("NFC") === composed, decomposed.length, composed.length);
