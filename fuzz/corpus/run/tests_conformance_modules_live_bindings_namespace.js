import * as c from "./lib/counter.js";
import { count } from "./lib/counter.js";
c.increment(2);
console.log(c.count, count);
c.increment();
console.log(c.count === count, count);
