import { log } from "./log.js";
log("order_first top");
export const first = "F";
