import * as ns from "./lib/ns_target.js";
console.log(ns.a);
ns.a = 5;
