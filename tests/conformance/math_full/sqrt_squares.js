const out = [];
for (let i = 0; i <= 20; i++) out.push(Math.sqrt(i * i) === i);
console.log(out.every(Boolean));
console.log([1, 4, 9, 16, 25, 1e6, 2.25, 0.0625].map(Math.sqrt));
console.log([1, 8, 27, 64, 125, -1000].map(Math.cbrt));
