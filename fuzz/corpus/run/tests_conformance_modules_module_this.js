import { obj, topThis, moduleThis } from "./lib/uses_this.js";
console.log(obj.who());
console.log(topThis());
console.log(moduleThis);
console.log(this);
