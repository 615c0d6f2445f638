import { risky } from "./lib/faulty.js";
console.log(risky({ deep: { value: 1 } }));
console.log(risky({}));
