const a = [];
a[2] = "c";
a[0] = "a";
console.log(Object.keys(a), a.length);
for (const k in a) console.log("in", k, typeof k);
for (const v of a) console.log("of", v);
console.log(Object.entries(a));
