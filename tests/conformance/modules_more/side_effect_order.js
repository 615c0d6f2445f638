import "./lib/side_y.js";
import "./lib/side_z.js";
import { events } from "./lib/log.js";
console.log("main", events);
