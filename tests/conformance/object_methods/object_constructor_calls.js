console.log(Object(), typeof Object(1), typeof Object("s"), Object(null), Object(undefined));
const o = { a: 1 };
console.log(Object(o) === o, new Object() instanceof Object);
console.log(Object(1) + 1, Object("ab").length);
