import { mark } from "./order_log.js";
mark("a evaluated");
export const a = "A";
