const a = Object.freeze([1, 2]);
console.log(a.map((x) => x * 2));
a.push(3);
