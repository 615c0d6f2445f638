function sumTo(n) {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
console.log(sumTo(10));
console.log(sumTo(50));
function countdown(n, acc) {
  if (n === 0) return acc;
  acc.push(n);
  return countdown(n - 1, acc);
}
console.log(countdown(5, []));
