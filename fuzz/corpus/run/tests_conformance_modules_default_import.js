import greet, { version } from "./lib/greeter.js";
console.log(greet("Lan"));
console.log(greet("Minh", "Chào"));
console.log(version);
console.log(greet.name);
