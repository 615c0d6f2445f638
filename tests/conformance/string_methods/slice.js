const s = "Sài Gòn";
console.log(s.slice(0), s.slice(4), s.slice(-3), s.slice(1, 3), s.slice(-3, -1));
console.log(JSON.stringify(s.slice(3, 1)), JSON.stringify(s.slice(100)), s.slice(-100, 2));
console.log(s.slice(1.8, 3.9), s.slice(NaN, 2), s.slice("2"), s.slice(null, undefined));
console.log(s.slice(0, Infinity), JSON.stringify(s.slice(0, -Infinity)));
console.log(JSON.stringify("a😀b".slice(1, 2)), "a😀b".slice(1, 3));
