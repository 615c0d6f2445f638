export function risky(o) {
  return o.deep.value;
}
