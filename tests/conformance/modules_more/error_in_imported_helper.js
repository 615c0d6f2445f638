import { callMissing } from "./lib/bad_call.js";
console.log(callMissing({ method: () => "ok" }));
console.log(callMissing({}));
