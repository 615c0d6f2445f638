const s = "Aé😀ệ";
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(3), s.charCodeAt(4));
console.log(s.charCodeAt(5), s.charCodeAt(-1), s.charCodeAt());
console.log(s.charCodeAt(1.9), s.charCodeAt("4"), s.charCodeAt(NaN));
console.log("".charCodeAt(0));
console.log(s.charCodeAt(2).toString(16), s.charCodeAt(3).toString(16));
