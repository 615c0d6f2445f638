import { count } from "./lib/counter2.js";
console.log(count);
count = 5;
