function f({ name, age = 0 }, [first, second] = []) {
  return `${name}:${age}:${first}:${second}`;
}
console.log(f({ name: "A" }));
console.log(f({ name: "B", age: 3 }, [1, 2]));
const g = ({ a, b } = { a: "da", b: "db" }) => a + b;
console.log(g(), g({ a: 1, b: 2 }));
const h = ([x, ...rest]) => rest.length + x;
console.log(h([10, 1, 2]));
function opts({ verbose = false, level = 1, ...extra } = {}) {
  return [verbose, level, extra];
}
console.log(opts());
console.log(opts({ level: 5, mode: "x" }));
