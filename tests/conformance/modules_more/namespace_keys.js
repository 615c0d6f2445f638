import * as ns from "./lib/ns_target.js";
console.log(Object.keys(ns));
console.log(ns.a, ns.b, ns.fn(), ns.default, ns._private);
console.log(typeof ns, Object.keys(ns).length);
