import * as c from "./lib/counter2.js";
const before = c.count;
c.inc(10);
console.log(before, c.count, c.history);
const snapshot = { ...c };
c.inc(1);
console.log(snapshot.count, c.count);
