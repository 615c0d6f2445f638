console.log([10, 1, 5, 100, 25].sort());
console.log(["banana", "Apple", "cherry", "apple"].sort());
console.log([3, undefined, 1, , 2].sort());
console.log([true, false].sort());
console.log([1, 10, 2, 21].sort());
console.log(["b", "a", "á", "ă", "â"].sort());
const a = [3, 2, 1];
console.log(a.sort() === a);
