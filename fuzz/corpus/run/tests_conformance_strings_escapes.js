console.log("tab\there");
console.log("line1\nline2");
console.log("quote\"s and 'single'");
console.log('it\'s');
console.log("back\\slash");
console.log("\x41\u0042\u{43}");
console.log("null\0char".length);
console.log("a\
b");
console.log(`back\`tick`);
console.log("\u00e9" === "é");
console.log("\v\f".length);
