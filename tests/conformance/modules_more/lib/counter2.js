export let count = 0;
export let history = [];
export function inc(by = 1) {
  count += by;
  history = [...history, count];
}
export function reset() {
  count = 0;
  history = [];
}
