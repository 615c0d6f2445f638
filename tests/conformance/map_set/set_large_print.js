const s = new Set();
for (let i = 0; i < 120; i++) s.add(i);
console.log(s);
