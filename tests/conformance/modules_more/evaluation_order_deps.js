import { second } from "./lib/order_second.js";
import { first } from "./lib/order_first.js";
import { events } from "./lib/log.js";
console.log("main", first, second, events);
