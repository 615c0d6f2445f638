function f(a, b, c) {
  return `${a}|${b}|${c}`;
}
console.log(f(...[1, 2, 3]));
console.log(f(...[1], ...[2, 3, 4]));
console.log(f(..."xyz"));
console.log(f(...new Set([7, 8])));
console.log(Math.min(...[4, 2, 8]));
console.log(f(...[]));
