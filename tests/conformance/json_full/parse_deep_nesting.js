const s = "[".repeat(50) + "1" + "]".repeat(50);
let v = JSON.parse(s);
let depth = 0;
for (; Array.isArray(v); v = v[0]) depth++;
console.log(depth, v);
console.log(JSON.stringify(JSON.parse(s)) === s);
