const s = "Thành phố Hồ Chí Minh";
console.log(s.includes("Hồ"), s.includes("hồ"), s.includes(""));
console.log(s.includes("T", 1), s.includes("Minh", 17), s.includes("Minh", 18));
console.log(s.includes("", 1000), s.includes("T", -5));
console.log("abc".includes(undefined), "undefined".includes(undefined));
console.log("a1b".includes(1), "anull".includes(null), "NaN!".includes(NaN));
console.log("".includes(""), "".includes("a"));
