const x = 1, y = 2;
const o = { x, y, sum() { return this.x + this.y; }, arrow: () => typeof this };
console.log(o.sum(), o.arrow(), Object.keys(o));
console.log(o);
const m = o.sum;
console.log(typeof m);
