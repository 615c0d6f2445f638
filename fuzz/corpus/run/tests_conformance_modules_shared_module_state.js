import { record, entries, last, setLast } from "./lib/stateful.js";
import * as again from "./lib/stateful.js";
console.log(record("one"));
console.log(again.record("two"));
console.log(entries());
console.log(last);
setLast("updated");
console.log(last, again.last);
