const lig = "\uFB01";
console.log(lig.normalize("NFC").length, lig.normalize("NFKC"), lig.normalize("NFKD").length);
console.log("①".normalize("NFKC"), "Ⅻ".normalize("NFKC"), "ｶ".normalize("NFKC").charCodeAt(0).toString(16));
console.log("x²".normalize("NFKD"), "x²".normalize("NFD"));
console.log("Å".normalize("NFD").length, "\u212B".normalize("NFC") === "\u00C5");
console.log("".normalize("NFKD") === "");
