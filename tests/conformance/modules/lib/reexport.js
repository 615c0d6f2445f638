export { add, mul as multiply } from "./math.js";
export * from "./strings.js";
export { default as greet } from "./greeter.js";
export * as counter from "./counter.js";
