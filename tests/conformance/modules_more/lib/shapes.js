const PI = 3;
export const square = (s) => s * s;
export const circle = (r) => PI * r * r;
export default { name: "shapes", count: 2 };
