const s = "a😀bệ𝒳";
const out = [];
for (const ch of s) out.push(ch);
console.log(out.length, s.length);
console.log(out);
for (const ch of "xyz") console.log(ch, ch.length);
for (const ch of "") console.log("never");
console.log(JSON.stringify([..."\uD800a"]));
