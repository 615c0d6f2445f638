console.log("straße".toUpperCase(), "straße".toUpperCase().length);
console.log("ß".toUpperCase(), "ẞ".toLowerCase());
console.log("İ".toLowerCase().length, "İ".toLowerCase() === "i\u0307");
console.log("ı".toUpperCase(), "i".toUpperCase(), "I".toLowerCase());
console.log("ΣΑΣ".toLowerCase(), "Σ".toLowerCase());
console.log("ﬁ".toUpperCase(), "ŉ".toUpperCase().length);
console.log("Ǆ".toLowerCase(), "ǆ".toUpperCase());
