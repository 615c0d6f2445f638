const s = "kitwork";
console.log(s.substring(3), s.substring(3, 1), s.substring(1, 3));
console.log(s.substring(-2), s.substring(-2, 2), s.substring(2, -2));
console.log(s.substring(NaN, 3), s.substring(3, NaN), s.substring(2.7, 5.2));
console.log(s.substring(0, 100), JSON.stringify(s.substring(100, 200)));
console.log(s.substring(Infinity, 0), s.substring("1", "4"));
