const eq = (a, b) => a.toLowerCase() === b.toLowerCase();
console.log(eq("Hello", "hELLO"), eq("Đà Nẵng", "ĐÀ NẴNG"), eq("straße", "STRASSE"), eq("ß".toUpperCase(), "SS"));
console.log("İstanbul".toLowerCase().length, "ISTANBUL".toLowerCase());
