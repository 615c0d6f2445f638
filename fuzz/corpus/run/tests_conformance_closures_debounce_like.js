function throttleCalls(fn, limit) {
  let calls = 0;
  return (...args) => {
    calls++;
    if (calls > limit) return "skipped#" + calls;
    return fn(...args);
  };
}
const t = throttleCalls((a, b) => a + b, 2);
console.log(t(1, 2));
console.log(t(3, 4));
console.log(t(5, 6));
console.log(t(7, 8));
