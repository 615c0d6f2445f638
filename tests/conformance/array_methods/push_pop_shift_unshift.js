const a = [2];
console.log(a.push(3, 4), a.unshift(0, 1), a);
console.log(a.pop(), a.shift(), a);
console.log([].pop(), [].shift(), [].push(), [].unshift());
const b = [1, , 3];
console.log(b.shift(), b, b.length);
