const s = "Hà Nội";
console.log(s.at(0), s.at(1), s.at(-1), s.at(-6));
console.log(s.at(6), s.at(-7));
console.log(s.at(1.7), s.at(-1.2));
console.log(s.at(NaN), s.at("2"), s.at(undefined), s.at(null));
console.log(s.at(true), s.at(false));
console.log("".at(0), "".at(-1));
console.log("x".at(Infinity), "x".at(-Infinity));
