export default function greet(name) {
  return "Chào " + name;
}
export function helper() {
  return typeof greet;
}
