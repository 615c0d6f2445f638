import { log } from "./log.js";
log("side_x evaluated");
