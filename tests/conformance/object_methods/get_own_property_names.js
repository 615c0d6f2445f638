console.log(Object.getOwnPropertyNames([1, 2]));
console.log(Object.getOwnPropertyNames("ab"));
console.log(Object.getOwnPropertyNames({ b: 1, 0: 2 }));
console.log(Object.getOwnPropertyNames([]));
const a = [1];
a.extra = true;
console.log(Object.getOwnPropertyNames(a));
