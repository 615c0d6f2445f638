export * from "./chain_c.js";
export { default as cDefault } from "./chain_c.js";
export const fromB = "b";
