var topVar = 1;
let topLet = 2;
const topConst = 3;
function topFn() {}
console.log(typeof topVar, typeof topLet, typeof topConst, typeof topFn);
