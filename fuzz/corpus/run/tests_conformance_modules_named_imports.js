import { add, mul, PI2 } from "./lib/math.js";
console.log(add(2, 3));
console.log(mul(4, 5));
console.log(PI2);
console.log(typeof add, typeof mul);
