const s = "  \t\n hi there \r\n ";
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()));
console.log(JSON.stringify("".trim()), JSON.stringify("   ".trim()), JSON.stringify("x".trim()));
console.log(JSON.stringify("\v\f a \v\f".trim()));
console.log(JSON.stringify(" a b ".trimLeft()), JSON.stringify(" a b ".trimRight()));
