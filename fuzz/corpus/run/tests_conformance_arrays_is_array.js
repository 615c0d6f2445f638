console.log(Array.isArray([]));
console.log(Array.isArray([1]));
console.log(Array.isArray({ length: 0 }));
console.log(Array.isArray("abc"));
console.log(Array.isArray(null));
console.log(Array.isArray(new Array(3)));
console.log(Array.isArray(Array.from("x")));
