console.log("Hello World".toUpperCase());
console.log("Hello World".toLowerCase());
console.log("đường".toUpperCase());
console.log("ĐƯỜNG".toLowerCase());
console.log("ß".toUpperCase());
console.log("İ".toLowerCase().length);
console.log("ﬁ".toUpperCase());
console.log("ÀÉÎÕÜ".toLowerCase());
console.log("123abc".toUpperCase());
