export * from "./star_one.js";
export * from "./star_two.js";
export const own = "own";
