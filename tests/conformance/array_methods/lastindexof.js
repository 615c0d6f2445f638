const a = [1, 2, 3, 2, 1];
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -3), a.lastIndexOf(2, -100));
console.log(a.lastIndexOf(1, 100), a.lastIndexOf(7), a.lastIndexOf(1, 0), a.lastIndexOf(1, -5));
console.log([NaN].lastIndexOf(NaN), [].lastIndexOf(undefined));
console.log(a.lastIndexOf(2, undefined), a.lastIndexOf(1, undefined));
