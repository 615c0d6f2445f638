const a = ["a", , "c"];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
for (const [i, v] of a.entries()) console.log(i, v);
const it = a.values();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Object.keys(a), [...Object.keys(a)].length);
