import * as m from "./lib/math.js";
console.log(Object.keys(m));
console.log(m.add(10, 20));
console.log(m.area(1));
console.log(typeof m);
console.log(m.missing);
