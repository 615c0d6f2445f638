import * as chain from "./lib/chain_a.js";
console.log(Object.keys(chain));
console.log(chain.fromC, chain.cDefault, "default" in chain, chain.default);
