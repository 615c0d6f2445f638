const a = [2, 4, 6];
console.log(a.every((x) => x % 2 === 0));
console.log(a.some((x) => x > 5));
console.log(a.some((x) => x > 10));
console.log([].every(() => false));
console.log([].some(() => true));
let calls = 0;
[1, 2, 3, 4].some((x) => {
  calls++;
  return x === 2;
});
console.log(calls);
