console.log([1, 2, 3, 4, 5].copyWithin(0, 3));
console.log([1, 2, 3].toSpliced(1, 1, "x"));
console.log([1, 2, 3].lastIndexOf(3, -2));
console.log([5, 1, 4].toSorted((a, b) => a - b));
console.log([1, 2, 3].indexOf(4) === -1);
console.log([3, 2, 1].map(String));
