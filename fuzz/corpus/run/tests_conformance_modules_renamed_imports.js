import { add as plus, mul as times } from "./lib/math.js";
console.log(plus(1, 1), times(3, 3));
console.log(plus.name, times.name);
