const s = "Aệ😀";
const units = [];
for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i).toString(16).padStart(4, "0"));
console.log(units.join(" "));
const points = [];
for (const ch of s) points.push(ch.codePointAt(0).toString(16));
console.log(points.join(" "));
