const s = "kitwork runtime";
console.log(s.startsWith("kit"), s.startsWith("work"), s.startsWith("work", 3));
console.log(s.startsWith(""), s.startsWith("", 100), s.startsWith("k", -10));
console.log(s.startsWith("kitwork runtime!"), s.startsWith("e", 14), s.startsWith("e", 15));
console.log(s.startsWith("k", NaN), s.startsWith("i", 1.9), s.startsWith("t", "2"));
console.log("undefined".startsWith(undefined), "1,2".startsWith([1, 2]));
console.log("Đà Nẵng".startsWith("Đà"), "Đà Nẵng".startsWith("Nẵng", 3));
