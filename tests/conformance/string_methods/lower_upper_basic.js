console.log("Hello World".toLowerCase(), "Hello World".toUpperCase());
console.log("123 abc !?".toUpperCase(), "ÀÉÎÕÜ".toLowerCase());
console.log("".toUpperCase() === "", "MiXeD".toLowerCase().toUpperCase());
console.log("kitwork".toUpperCase().length);
