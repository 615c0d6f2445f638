const r = ((a) => (b) => (c) => a * b * c)(2)(3)(4);
console.log(r);
console.log([1, 2, 3].map((x) => (y) => x + y).map((f) => f(10)));
console.log(((...args) => args.length)(1, 2, 3));
