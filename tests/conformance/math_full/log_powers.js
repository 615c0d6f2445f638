const p2 = [];
for (let i = -5; i <= 10; i++) p2.push(Math.log2(2 ** i));
console.log(p2.join(" "));
const p10 = [];
for (let i = -3; i <= 15; i++) p10.push(Math.log10(Number("1e" + i)));
console.log(p10.join(" "));
