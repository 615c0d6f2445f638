import config from "./lib/config.js";
console.log(config.mode);
config.mode = "prod";
