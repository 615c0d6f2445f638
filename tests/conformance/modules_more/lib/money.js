export default function format(n) {
  return n.toFixed(2) + " ₫";
}
export const CURRENCY = "VND";
export function parse(s) {
  return Number(s.replace(" ₫", ""));
}
