console.log(JSON.stringify("\u2028\u2029"), JSON.stringify("\u2028").length);
console.log(JSON.stringify("\uD800"), JSON.stringify("\uDFFF"), JSON.stringify("\uD83D\uDE00"), JSON.stringify("\uDE00\uD83D"));
console.log(JSON.stringify("a\uD800b"), JSON.stringify("😀"), JSON.stringify("Tiếng Việt"));
console.log(JSON.stringify({ "\n": "\u0000", "ké": "é" }));
