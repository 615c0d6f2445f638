const log = [];
export function record(entry) {
  log.push(entry);
  return log.length;
}
export function entries() {
  return log.slice();
}
export let last = null;
export function setLast(v) {
  last = v;
}
