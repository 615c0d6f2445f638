const a = [3, 1];
console.log(a.reduce((x, y) => x + y));
const empty = a.filter((x) => x > 10);
console.log(empty);
console.log(empty.reduce((x, y) => x + y));
