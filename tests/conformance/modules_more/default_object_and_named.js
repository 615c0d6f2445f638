import shapes, { square, circle } from "./lib/shapes.js";
console.log(shapes, square(4), circle(2));
console.log(shapes.name, Object.keys(shapes));
