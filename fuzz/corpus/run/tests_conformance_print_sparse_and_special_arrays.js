console.log([1, , 3]);
console.log([, , ,]);
console.log(new Array(5));
console.log([1, , , , 5]);
const a = [1, 2];
a.extra = "prop";
console.log(a);
console.log([undefined, null]);
