function describe(greeting, punct) {
  return `${greeting}, ${this.name}${punct}`;
}
const a = { name: "A" };
console.log(describe.call(a, "Hi", "!"));
console.log(describe.apply(a, ["Hello", "?"]));
console.log(describe.call({ name: "B" }, "Yo"));
console.log(Math.max.apply(null, [3, 9, 2]));
console.log(Array.prototype.join.call(["x", "y"], "+"));
function thisType() {
  return this === undefined ? "undefined" : typeof this;
}
console.log(thisType.call(undefined), thisType.call(null), thisType.call(5));
