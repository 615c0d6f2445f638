export function early() {
  return late();
}
function late() {
  return "late called from early";
}
export var v = "var export";
