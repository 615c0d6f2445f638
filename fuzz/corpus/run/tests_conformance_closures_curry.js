function curry(fn) {
  return function curried(...args) {
    if (args.length >= fn.length) return fn(...args);
    return (...more) => curried(...args, ...more);
  };
}
const sum3 = curry((a, b, c) => a + b + c);
console.log(sum3(1)(2)(3));
console.log(sum3(1, 2)(3));
console.log(sum3(1)(2, 3));
console.log(sum3(1, 2, 3));
