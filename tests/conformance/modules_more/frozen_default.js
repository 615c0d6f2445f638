import config, { keys } from "./lib/config.js";
console.log(config, keys, Object.isFrozen(config));
