import "./side_x.js";
import { log } from "./log.js";
log("side_y evaluated");
export const y = "Y";
