import anon from "./lib/default_anon_fn.js";
import add from "./lib/default_arrow.js";
console.log(anon(), anon.name, add(2, 3), add.name);
