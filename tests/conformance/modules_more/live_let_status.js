import { status, setStatus, getStatus } from "./lib/let_update.js";
console.log(status, getStatus());
setStatus("running");
console.log(status, getStatus());
const captured = status;
setStatus("done");
console.log(captured, status);
