export * from "./chain_b.js";
export { fromB as renamedB } from "./chain_b.js";
export const fromA = "a";
