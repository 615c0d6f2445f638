const a = [1, 2, 3];
console.log(a.shift());
console.log(a);
console.log(a.unshift(0, 0.5));
console.log(a);
console.log([].shift());
a.unshift();
console.log(a);
