import { count, increment } from "./lib/counter.js";
increment();
console.log(count);
count = 10;
console.log(count);
