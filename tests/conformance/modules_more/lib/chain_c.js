export const fromC = "c";
export function who() {
  return "chain_c";
}
export default "default of c";
