const o = { a: 1, u: undefined };
console.log(Object.hasOwn(o, "a"), Object.hasOwn(o, "u"), Object.hasOwn(o, "b"), Object.hasOwn(o, "toString"));
console.log(Object.hasOwn([1], 0), Object.hasOwn([1], "0"), Object.hasOwn([1], "length"));
console.log(Object.hasOwn("ab", 1), Object.hasOwn("ab", "length"));
console.log(o.hasOwnProperty("a"), ({}).hasOwnProperty.call(o, "u"));
const n = Object.create(null);
n.k = 1;
console.log(Object.hasOwn(n, "k"));
