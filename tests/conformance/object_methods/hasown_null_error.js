console.log(Object.hasOwn({}, "x"));
console.log(Object.hasOwn(null, "x"));
