export const greet = (name) => `Xin chào, ${name}!`
export function shout(s) {
  return s.toUpperCase() + "!"
}
