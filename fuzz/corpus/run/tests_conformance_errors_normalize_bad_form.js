console.log("a".normalize("NFC"));
console.log("a".normalize("XYZ"));
