const s = "kitwork";
console.log(s.substr(3), s.substr(3, 2), s.substr(-3), s.substr(-3, 2));
console.log(JSON.stringify(s.substr(3, 0)), JSON.stringify(s.substr(3, -1)), s.substr(-100, 3));
console.log(s.substr(NaN, 2), s.substr(1.5, 2.5), JSON.stringify(s.substr(7)));
console.log(s.substr(0, Infinity), s.substr("2", "3"));
