export const store = { items: [] };
export function add(item) {
  store.items.push(item);
  return store.items.length;
}
