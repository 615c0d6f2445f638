export let status = "init";
export function setStatus(s) {
  status = s;
}
export const getStatus = () => status;
