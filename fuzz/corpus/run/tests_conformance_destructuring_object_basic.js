const { a, b, c } = { a: 1, b: "two" };
console.log(a, b, c);
const { x: renamed, y: other = "dflt" } = { x: 10 };
console.log(renamed, other);
const { length } = "hello";
console.log(length);
const { 0: first, 2: third } = ["p", "q", "r"];
console.log(first, third);
