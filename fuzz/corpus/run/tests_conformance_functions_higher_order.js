const nums = [1, 2, 3, 4, 5, 6];
const isEven = (n) => n % 2 === 0;
const not = (f) => (...a) => !f(...a);
console.log(nums.filter(isEven));
console.log(nums.filter(not(isEven)));
const tap = (f) => (x) => {
  f(x);
  return x;
};
console.log(nums.map(tap((x) => x)).length);
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(times(4, (i) => i * i));
