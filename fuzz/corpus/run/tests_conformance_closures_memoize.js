function memoize(fn) {
  const cache = {};
  let calls = 0;
  const wrapped = (n) => {
    if (n in cache) return cache[n];
    calls++;
    cache[n] = fn(n);
    return cache[n];
  };
  wrapped.calls = () => calls;
  return wrapped;
}
const square = memoize((n) => n * n);
console.log(square(4), square(4), square(5));
console.log(square.calls());
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(25));
console.log(fib.calls());
