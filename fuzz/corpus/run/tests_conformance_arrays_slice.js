const a = ["a", "b", "c", "d", "e"];
console.log(a.slice(1, 3));
console.log(a.slice(2));
console.log(a.slice(-2));
console.log(a.slice(-3, -1));
console.log(a.slice(3, 1));
console.log(a.slice());
console.log(a.slice() === a);
console.log(a.slice(1.5, 3.9));
