import { first } from "./order_first.js";
import { log } from "./log.js";
log("order_second sees " + first);
export const second = first + "S";
