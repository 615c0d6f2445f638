const queue = [1];
const out = [];
for (let step = 0; step < 100 && queue.length > 0; step++) {
  const n = queue.shift();
  out.push(n);
  if (n < 20) queue.push(n * 2, n * 3);
}
console.log(out.length, out.slice(0, 10));
console.log(queue.length);
