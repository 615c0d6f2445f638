const name = "Quang";
const age = 40;
const o = {
  name,
  age,
  greet() {
    return `I am ${this.name}`;
  },
  "quoted-key": true,
  123: "num",
};
console.log(o.greet());
console.log(Object.keys(o));
console.log(o["quoted-key"], o[123]);
