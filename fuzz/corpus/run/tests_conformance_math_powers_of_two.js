const out = [];
for (let i = 0; i <= 64; i += 8) out.push(2 ** i);
console.log(out);
console.log(2 ** 1023);
console.log(2 ** 1024);
console.log(2 ** -1074);
console.log(2 ** -1075);
