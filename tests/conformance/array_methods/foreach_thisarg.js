const ctx = { factor: 3, out: [] };
[1, 2, 3].forEach(function (x) { this.out.push(x * this.factor); }, ctx);
console.log(ctx.out);
console.log([1, 2].map(function () { return this === undefined; }));
console.log([1, 2].filter(function (x) { return x > this.min; }, { min: 1 }));
console.log([1, 2, 3].forEach((x) => x));
