console.log(Object.is(NaN, NaN), NaN === NaN);
console.log(Object.is(0, -0), 0 === -0, Object.is(-0, -0));
console.log(Object.is("a", "a"), Object.is({}, {}), Object.is(null, undefined));
console.log(Object.is(), Object.is(undefined), Object.is(1, "1"));
const o = {};
console.log(Object.is(o, o), Object.is(0 / -1, -0), Object.is(Math.round(-0.4), -0));
