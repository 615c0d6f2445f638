const [p, q] = [1, 2];
console.log(p, q);
const arrayLike = { length: 1, 0: "x" };
console.log(Array.from(arrayLike));
const [r] = arrayLike;
console.log(r);
