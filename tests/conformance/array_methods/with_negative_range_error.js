const a = [1, 2, 3];
console.log(a.with(-4, 0));
