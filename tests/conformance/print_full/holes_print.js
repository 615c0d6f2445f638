console.log([1, , 3], [, ,], [, 1, , , 2, , ,]);
const a = new Array(3);
a[1] = "mid";
console.log(a);
const b = [1, 2, 3, 4, 5, 6, 7, 8];
delete b[3]; delete b[4];
console.log(b);
console.log(new Array(200));
