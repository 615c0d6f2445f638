const a = [1, 2, 3];
a.length = 2;
console.log(a);
a.length = -1;
console.log(a);
