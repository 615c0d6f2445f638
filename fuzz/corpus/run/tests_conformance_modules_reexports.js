import { add, multiply, shout, whisper, SEP, greet, counter } from "./lib/reexport.js";
console.log(add(1, 2), multiply(2, 3));
console.log(shout("hey") + SEP + whisper("QUIET"));
console.log(greet("bạn"));
console.log(typeof counter.increment);
counter.increment(3);
console.log(counter.count);
