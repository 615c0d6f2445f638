import settings from "./lib/default_value.js";
console.log(settings);
settings.items.push(4);
console.log(settings.items.length);
