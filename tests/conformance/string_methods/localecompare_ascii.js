const sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
console.log(sign("a".localeCompare("b")), sign("b".localeCompare("a")), sign("a".localeCompare("a")));
console.log(sign("apple".localeCompare("apples")), sign("".localeCompare("a")), sign("".localeCompare("")));
console.log(sign("10".localeCompare("9")), sign("abc".localeCompare("abd")));
console.log(sign("Zeta".localeCompare("alpha")), sign("zeta".localeCompare("Alpha")));
const words = ["pear", "Apple", "banana", "apple", "Banana", "cherry"];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join(" "));
