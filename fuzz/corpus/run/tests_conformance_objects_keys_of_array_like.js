const arrLike = { 0: "a", 1: "b", length: 2 };
console.log(Array.from(arrLike));
console.log(Object.keys(arrLike));
console.log(Array.prototype.map.call(arrLike, (x) => x.toUpperCase()));
