import { a } from "./lib/ns_target.js";
import { a as alsoA, b } from "./lib/ns_target.js";
import * as again from "./lib/ns_target.js";
console.log(a, alsoA, b, a === again.a);
