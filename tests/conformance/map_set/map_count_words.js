const text = "to be or not to be that is the question to be";
const counts = new Map();
for (const w of text.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
console.log(counts);
const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(top);
