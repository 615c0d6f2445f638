const s = "😀😁😂";
console.log(s.length);
console.log(s.slice(0, 2));
console.log(s.slice(2, 4));
console.log(s.substring(4));
console.log(s.split("😁"));
console.log(s.indexOf("😂"));
console.log(s.at(-2) === "\uD83D");
console.log([...s].reverse().join(""));
