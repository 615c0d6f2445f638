export const marks = [];
export function mark(m) {
  marks.push(m);
  console.log("mark:", m);
}
