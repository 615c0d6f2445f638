const arr = ["a", "b", "c"];
for (const x of arr) console.log(x);
for (const [i, x] of arr.entries()) console.log(i, x);
const holes = [1, , 3];
for (const h of holes) console.log(h);
for (const k of arr.keys()) console.log("key", k);
