const sizes = [3, 0];
for (const n of sizes) console.log(new Array(n).length);
console.log("now negative");
const bad = new Array(-1);
console.log(bad);
