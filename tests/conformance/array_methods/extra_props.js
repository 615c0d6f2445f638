const a = [1, 2];
a.name = "list";
a["-1"] = "neg";
a["1.5"] = "frac";
console.log(a.length, Object.keys(a));
console.log(a);
console.log(JSON.stringify(a));
for (const k in a) console.log(k);
