export const obj = {
  name: "from-lib",
  who() {
    return this.name;
  },
};
export function topThis() {
  return this;
}
export const moduleThis = this;
