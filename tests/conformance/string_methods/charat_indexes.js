const s = "kitwork";
console.log(JSON.stringify(s.charAt()));
console.log(JSON.stringify(s.charAt(-1)));
console.log(JSON.stringify(s.charAt(7)));
console.log(s.charAt(2.9), s.charAt("3"), s.charAt(NaN), s.charAt(null));
console.log(s.charAt(true), s.charAt([4]), s.charAt("abc"));
console.log(JSON.stringify(s.charAt(Infinity)));
console.log(JSON.stringify("".charAt(0)));
