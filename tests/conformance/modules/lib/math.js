export const PI2 = Math.PI * 2;
export function add(a, b) {
  return a + b;
}
export const mul = (a, b) => a * b;
export function area(r) {
  return PI2 * r * r / 2;
}
