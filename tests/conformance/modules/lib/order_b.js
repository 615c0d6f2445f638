import { mark } from "./order_log.js";
import { a } from "./order_a.js";
mark("b evaluated after " + a);
export const b = "B";
