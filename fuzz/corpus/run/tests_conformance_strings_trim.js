const s = "  \t hi there \n ";
console.log(JSON.stringify(s.trim()));
console.log(JSON.stringify(s.trimStart()));
console.log(JSON.stringify(s.trimEnd()));
console.log(JSON.stringify("\u00a0x\u00a0".trim()));
console.log(JSON.stringify("\ufeffx".trim()));
console.log(JSON.stringify("".trim()));
console.log(JSON.stringify("   ".trim()));
console.log("x".trim() === "x");
