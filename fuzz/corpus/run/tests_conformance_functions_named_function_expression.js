const fact = function me(n) {
  return n <= 1 ? 1 : n * me(n - 1);
};
console.log(fact(6));
console.log(typeof me);
const f = function self() {
  return typeof self;
};
console.log(f());
