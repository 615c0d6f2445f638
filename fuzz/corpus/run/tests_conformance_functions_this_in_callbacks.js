const obj = {
  items: [1, 2],
  factor: 10,
  scaled() {
    return this.items.map((x) => x * this.factor);
  },
  scaledThisArg() {
    return this.items.map(function (x) {
      return x * this.factor;
    }, this);
  },
};
console.log(obj.scaled());
console.log(obj.scaledThisArg());
[1].forEach(function () {
  console.log(this);
});
