function f(first, ...rest) {
  return [first, rest, rest.length, Array.isArray(rest)];
}
console.log(f(1, 2, 3));
console.log(f(1));
console.log(f());
const sum = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1), sum(1, 2, 3, 4));
console.log(sum(...[5, 6], 7));
