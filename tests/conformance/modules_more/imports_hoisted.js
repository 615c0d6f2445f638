console.log("main body first line", typeof early);
console.log(early(), v);
import { early, v } from "./lib/hoisted.js";
