const a = ["a", "b", "c", "d"];
const removed = a.splice(1, 2, "X", "Y", "Z");
console.log(removed, a, a.length);
console.log(a.splice(-1), a, a.splice(0, 0), a);
console.log(a.splice(1, Infinity), a);
