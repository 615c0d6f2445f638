const s = "banana";
console.log(s.indexOf("a"), s.indexOf("a", 2), s.indexOf("a", 6), s.indexOf("na"));
console.log(s.indexOf(""), s.indexOf("", 3), s.indexOf("", 6), s.indexOf("", 100));
console.log(s.indexOf("b", -3), s.indexOf("x"), s.indexOf("a", NaN), s.indexOf("a", 1.9));
console.log(s.indexOf(), "undefined".indexOf(), s.indexOf("ana", 2));
console.log("Phường Bến Nghé".indexOf("Bến"), "Phường Bến Nghé".indexOf("ế"));
console.log("a😀b".indexOf("b"), "a😀b".indexOf("😀"));
