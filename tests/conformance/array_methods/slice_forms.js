const a = [1, 2, 3, 4, 5];
console.log(a.slice(), a.slice(2), a.slice(-2), a.slice(1, -1), a.slice(-100, 2));
console.log(a.slice(3, 1), a.slice(NaN), a.slice(1.5, 3.5), a.slice("1", "3"));
console.log([1, , 3].slice(0, 2));
console.log(a.slice(0, Infinity).length, a.slice(Infinity));
