const a = [1, , 3];
const visits = [];
console.log(a.every((x, i) => { visits.push(i); return x > 0; }), visits);
const v2 = [];
console.log(a.some((x, i) => { v2.push(i); return x === undefined; }), v2);
console.log([].every(() => false), [].some(() => true));
console.log([1, 2, 3].every((x) => x < 3), [1, 2, 3].some((x) => x > 2));
