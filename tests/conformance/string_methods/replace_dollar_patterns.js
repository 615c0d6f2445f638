const s = "hello world";
console.log(s.replace("world", "[$&]"));
console.log(s.replace("world", "$$"), s.replace("world", "$$$$"));
console.log(s.replace("o", "<$`>"), s.replace("o", "<$'>"));
console.log(s.replace("world", "$1"), s.replace("world", "$<name>"), s.replace("world", "$"));
console.log(s.replace("l", "$&$&"), s.replace("o w", "$0"));
console.log("aaa".replace("a", "$'$`"));
