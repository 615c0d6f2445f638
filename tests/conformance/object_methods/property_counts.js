const o = {};
for (let i = 0; i < 20; i++) o["k" + (i % 7)] = i;
console.log(Object.keys(o).length, o);
const a = {};
for (let i = 9; i >= 0; i--) a[i] = i;
console.log(Object.keys(a).join(""));
