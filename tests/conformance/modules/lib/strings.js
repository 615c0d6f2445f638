export function shout(s) {
  return s.toUpperCase() + "!";
}
export function whisper(s) {
  return s.toLowerCase() + "...";
}
export const SEP = " | ";
