import { b } from "./lib/order_b.js";
import { marks } from "./lib/order_log.js";
console.log("main runs with", b);
console.log(marks);
