console.log([10, 9, 1, 100, 25].sort());
console.log([3, undefined, 1, , 2].sort());
console.log([undefined, "b", null, "a", NaN].sort());
console.log([-1, -10, 2, -0, 0].sort());
console.log([true, false, "t", 1].sort());
console.log([[2, 1], [1, 2], [1]].sort());
const a = [3, 2, 1];
console.log(a.sort() === a);
