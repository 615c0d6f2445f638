console.log(String.fromCharCode(72, 105));
console.log(String.fromCharCode(), JSON.stringify(String.fromCharCode()));
console.log(String.fromCharCode(65.9), String.fromCharCode("66"), String.fromCharCode(65 + 65536));
console.log(String.fromCharCode(-65471), String.fromCharCode(0x1EC7));
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(0xD83D).length);
console.log(JSON.stringify(String.fromCharCode(NaN)), JSON.stringify(String.fromCharCode(0)));
