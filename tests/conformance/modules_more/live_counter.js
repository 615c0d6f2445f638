import { count, history, inc, reset } from "./lib/counter2.js";
console.log(count, history);
inc();
inc(5);
console.log(count, history);
reset();
console.log(count, history);
inc(2);
console.log(count);
