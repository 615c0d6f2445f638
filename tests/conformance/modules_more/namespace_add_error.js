import * as ns from "./lib/ns_target.js";
console.log(ns.b);
ns.newProp = 1;
