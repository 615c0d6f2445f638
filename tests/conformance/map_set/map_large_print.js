const m = new Map();
for (let i = 0; i < 105; i++) m.set(i, String(i));
console.log(m);
