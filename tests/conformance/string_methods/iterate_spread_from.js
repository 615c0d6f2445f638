const s = "Việt😀";
console.log([...s]);
console.log(Array.from(s));
console.log(Array.from(s, (c) => c.codePointAt(0)));
console.log([...s].length, s.split("").length);
console.log([..."a😀b"].reverse().join(""));
const [first, ...rest] = "hello";
console.log(first, rest);
console.log(Array.from("abc", (c, i) => c + i));
