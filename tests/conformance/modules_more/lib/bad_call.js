export function callMissing(obj) {
  return obj.method();
}
