console.log([1, 2, 3, 4, 5].copyWithin(0, 3));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3, 4));
console.log([1, 2, 3, 4, 5].copyWithin(-2, -3, -1));
console.log([1, 2, 3, 4, 5].copyWithin(1, 0));
console.log([1, 2, 3, 4, 5].copyWithin(2));
console.log([1, 2, 3, 4, 5].copyWithin(0, 10));
console.log([1, , 3, 4].copyWithin(0, 1));
const a = [1, 2, 3];
console.log(a.copyWithin(1, 0) === a);
