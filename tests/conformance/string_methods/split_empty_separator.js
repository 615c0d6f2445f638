console.log("abc".split(""));
console.log("abc".split("", 2));
console.log("Việt".split(""));
console.log("a😀b".split("").length);
console.log("a😀b".split("😀"));
console.log("aXbXXc".split("X"), "aXbXXc".split("XX"));
console.log("1 2  3".split(" "));
console.log("null".split(null), "a1b1c".split(1));
