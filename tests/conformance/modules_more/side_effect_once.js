import "./lib/side_x.js";
import "./lib/side_x.js";
import { y } from "./lib/side_y.js";
import { events } from "./lib/log.js";
console.log(y, events.length, events);
