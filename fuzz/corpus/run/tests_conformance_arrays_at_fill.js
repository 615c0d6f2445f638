const a = [1, 2, 3];
console.log(a.at(0), a.at(-1), a.at(5), a.at(-4));
console.log(new Array(3).fill(0));
console.log([1, 2, 3, 4].fill("x", 1, 3));
console.log([1, 2, 3].fill(9, -1));
const shared = new Array(2).fill([]);
shared[0].push(1);
console.log(shared);
console.log(a.with(1, "two"), a);
