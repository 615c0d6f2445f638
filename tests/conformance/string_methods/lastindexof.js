const s = "banana";
console.log(s.lastIndexOf("a"), s.lastIndexOf("a", 4), s.lastIndexOf("a", 0), s.lastIndexOf("b", 0));
console.log(s.lastIndexOf(""), s.lastIndexOf("", 2), s.lastIndexOf("", 100), s.lastIndexOf("", -5));
console.log(s.lastIndexOf("a", -5), s.lastIndexOf("b", -5), s.lastIndexOf("na", NaN), s.lastIndexOf("na", 3));
console.log(s.lastIndexOf("x"), s.lastIndexOf("banana"), s.lastIndexOf("bananas"));
console.log(s.lastIndexOf("a", 2.9), s.lastIndexOf("a", Infinity), s.lastIndexOf("a", -Infinity));
console.log("ố ố ố".lastIndexOf("ố"));
