console.log("ok".normalize("NFC"));
console.log("a".normalize("nfc"));
