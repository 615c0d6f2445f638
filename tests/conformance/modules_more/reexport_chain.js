import { fromA, fromB, fromC, renamedB, cDefault, who } from "./lib/chain_a.js";
console.log(fromA, fromB, fromC, renamedB, cDefault, who());
