const people = [
  { n: "A", age: 30 },
  { n: "B", age: 25 },
  { n: "C", age: 30 },
  { n: "D", age: 25 },
  { n: "E", age: 30 },
  { n: "F", age: 20 },
  { n: "G", age: 25 },
  { n: "H", age: 30 },
  { n: "I", age: 20 },
  { n: "J", age: 25 },
  { n: "K", age: 30 },
  { n: "L", age: 20 },
];
const byAge = people.slice().sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => p.n + p.age).join(" "));
const rev = people.slice().sort((a, b) => b.age - a.age);
console.log(rev.map((p) => p.n).join(""));
const strs = ["bb", "a", "cc", "b", "aa", "c"];
console.log(strs.sort((x, y) => x.length - y.length));
