const o = { a: 1 };
console.log(delete o.a, delete o.a, o);
const arr = [1, 2, 3];
console.log(delete arr[0], arr, arr.length);
console.log(delete arr.length, arr.length);
