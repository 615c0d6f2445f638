export const events = [];
export function log(msg) {
  events.push(msg);
  console.log("[log]", msg);
}
