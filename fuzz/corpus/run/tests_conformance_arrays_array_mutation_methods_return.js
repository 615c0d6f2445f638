const a = [3, 1, 2];
console.log(a.sort() === a);
console.log(a.reverse() === a);
console.log(a.fill(0) === a);
console.log(a.push(1), a.unshift(1));
console.log(a.splice(0, 0));
console.log(a);
