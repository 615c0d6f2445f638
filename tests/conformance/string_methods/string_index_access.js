const s = "abc";
console.log(s[0], s["1"], s[2], s[3], s[-1], s[1.5]);
console.log(s.length, s["length"]);
console.log("😀"[0] === "\uD83D", "😀"[1].charCodeAt(0));
console.log(0 in Object("abc"), Object.keys("ab"));
