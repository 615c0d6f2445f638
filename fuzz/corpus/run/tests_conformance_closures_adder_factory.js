const makeAdder = (x) => (y) => x + y;
const add5 = makeAdder(5);
const add10 = makeAdder(10);
console.log(add5(1), add10(1));
console.log([1, 2, 3].map(add5));
console.log(makeAdder("a")("b"));
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
console.log(compose(add5, add10, (n) => n * 2)(1));
