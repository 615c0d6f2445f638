const a = [1, 2, 3];
console.log(a.with(2, 0));
console.log(a.with(3, 0));
