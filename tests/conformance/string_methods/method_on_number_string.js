console.log((123).toString().padStart(6, "0"));
console.log(String(3.14).split("."));
console.log("5" * "4", "5" + 4, "5" - 4, +"", +" 12 ", +"1e3", +"0x1f", +"1_0");
console.log("abc".length + "de".length);
