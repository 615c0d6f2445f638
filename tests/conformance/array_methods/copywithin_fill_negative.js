const a = [0, 1, 2, 3, 4, 5];
console.log(a.slice().copyWithin(-1), a.slice().copyWithin(-3, 0, 2));
console.log(a.slice().fill(7, -2), a.slice().fill(7, -100, 1), a.slice().fill(7, 2, -100));
console.log(a.slice().copyWithin(0, -2, -1), a.slice().copyWithin(1, 3, 2));
