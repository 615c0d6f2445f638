import { add, store } from "./state_obj.js";
export function addTwice(x) {
  add(x);
  return add(x);
}
export const view = () => store.items.join(",");
