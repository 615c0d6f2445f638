import greet, { helper } from "./lib/default_named_fn.js";
console.log(greet("Lan"), greet.name, helper());
