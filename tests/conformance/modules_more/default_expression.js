import values from "./lib/default_expr.js";
console.log(values, Array.isArray(values));
