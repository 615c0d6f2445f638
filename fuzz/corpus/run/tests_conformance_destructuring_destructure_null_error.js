const ok = { a: 1 };
const { a } = ok;
console.log(a);
const maybe = null;
const { b } = maybe;
console.log(b);
