console.log([10, 9, 1, 100, 25].sort());
console.log([true, false, "true", null, undefined, "m", "n"].sort());
console.log([-1, -2, 0, -0, 3].sort());
console.log([[2, 1], [1, 2], [1]].sort());
console.log(["b", undefined, "a", undefined].sort());
