import { count, increment, reset } from "./lib/counter.js";
console.log(count);
increment();
console.log(count);
increment(5);
console.log(count);
reset();
console.log(count);
