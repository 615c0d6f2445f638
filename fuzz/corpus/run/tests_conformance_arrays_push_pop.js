const a = [];
console.log(a.push(1));
console.log(a.push(2, 3));
console.log(a);
console.log(a.pop());
console.log(a);
console.log([].pop());
a.push([4, 5]);
console.log(a, a.length);
