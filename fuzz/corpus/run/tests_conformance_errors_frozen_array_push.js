const arr = Object.freeze([1, 2]);
console.log(arr);
arr.push(3);
console.log(arr);
