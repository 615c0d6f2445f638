import * as both from "./lib/star_both.js";
import { shared1, onlyTwo, own } from "./lib/star_both.js";
console.log(Object.keys(both));
console.log(shared1, onlyTwo, own);
