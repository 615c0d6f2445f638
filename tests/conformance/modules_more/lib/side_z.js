import { log } from "./log.js";
import "./side_x.js";
log("side_z evaluated");
export const z = "Z";
