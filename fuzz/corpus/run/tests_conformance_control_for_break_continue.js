const out = [];
for (let i = 0; i < 10; i++) {
  if (i === 2) continue;
  if (i === 7) break;
  out.push(i);
}
console.log(out);
let j = 0;
for (;;) {
  j++;
  if (j > 4) break;
}
console.log(j);
for (let a = 0, b = 10; a < b; a += 3, b -= 3) console.log(a, b);
