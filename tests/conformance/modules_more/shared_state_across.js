import { store } from "./lib/state_obj.js";
import { addTwice, view } from "./lib/uses_state.js";
console.log(addTwice("a"), addTwice("b"), view(), store.items.length);
store.items.push("direct");
console.log(view());
