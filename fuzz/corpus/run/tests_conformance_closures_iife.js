const result = (function () {
  const secret = 42;
  return secret * 2;
})();
console.log(result);
const mod = (() => {
  let n = 0;
  return { next: () => ++n };
})();
console.log(mod.next(), mod.next());
(function (msg) {
  console.log("iife says", msg);
})("hi");
console.log(((a, b) => a * b)(6, 7));
