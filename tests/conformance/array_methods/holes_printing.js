console.log([, 1]);
console.log([1, ,]);
console.log([1, , , , 5]);
console.log(new Array(5));
console.log([, , , 'a', , ,]);
const a = [1, 2, 3];
delete a[1];
console.log(a, a.length, 1 in a);
console.log([undefined, , null]);
