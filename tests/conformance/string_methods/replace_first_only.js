const s = "one two one two";
console.log(s.replace("one", "1"), s.replaceAll("one", "1"));
console.log(s.replace("two", (m, i) => `${m.toUpperCase()}@${i}`));
console.log(s.replaceAll("two", (m, i) => `${m.length}@${i}`));
console.log(s.replace(" ", "_").replace(" ", "_"));
