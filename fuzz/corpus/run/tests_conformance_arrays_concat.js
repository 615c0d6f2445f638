const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]));
console.log(a);
console.log([].concat("x", null, undefined));
console.log(a.concat());
console.log(a.concat({ 0: "x", length: 1 }));
