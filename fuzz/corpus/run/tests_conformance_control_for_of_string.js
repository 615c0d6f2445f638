for (const ch of "Bến") console.log(ch, ch.charCodeAt(0));
let n = 0;
for (const c of "😀x") {
  n++;
  console.log(c.length);
}
console.log(n);
