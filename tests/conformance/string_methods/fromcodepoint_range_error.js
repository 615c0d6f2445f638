console.log(String.fromCodePoint(0x10FFFF).length);
console.log(String.fromCodePoint(0x110000));
