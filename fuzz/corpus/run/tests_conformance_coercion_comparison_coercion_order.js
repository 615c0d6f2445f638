const log = [];
const a = { valueOf() { log.push("a"); return 1; } };
const b = { valueOf() { log.push("b"); return 2; } };
console.log(a < b);
console.log(a + b);
console.log(b - a);
console.log(log);
