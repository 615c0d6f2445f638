function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fact(5), fact(20), fact(25));
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(20));
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
console.log(isEven(10), isOdd(7), isEven(7));
function depth(o) {
  return Array.isArray(o) ? 1 + Math.max(0, ...o.map(depth)) : 0;
}
console.log(depth([1, [2, [3, [4]]], []]));
