console.log(Array.isArray([]), Array.isArray(new Array()), Array.isArray({ length: 0 }));
console.log(Array.isArray("abc"), Array.isArray(null), Array.isArray(), Array.isArray(Array.prototype));
console.log(typeof [], [] instanceof Array, [] instanceof Object);
