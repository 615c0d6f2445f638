console.log((-255).toString(2), (-255).toString(16), (-1).toString(36));
console.log((-0).toString(2), (0).toString(36), (-0).toString(16));
console.log((2 ** 53).toString(2).length, (2 ** 53).toString(36));
console.log((-(2 ** 31)).toString(16), (2 ** 32 - 1).toString(16));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
