console.log(String.fromCodePoint(72, 105), String.fromCodePoint(0x1F600), String.fromCodePoint(0x1F600).length);
console.log(String.fromCodePoint(), JSON.stringify(String.fromCodePoint()));
console.log(String.fromCodePoint(0x10FFFF).length, String.fromCodePoint("65"));
console.log(String.fromCodePoint(0x1EC7, 0x74));
console.log(JSON.stringify(String.fromCodePoint(0xD800)));
