import * as ns from "./lib/ns_target.js";
console.log(Object.entries(ns).map(([k, v]) => k + ":" + typeof v).join(" "));
console.log("a" in ns, "zzz" in ns, ns.zzz);
