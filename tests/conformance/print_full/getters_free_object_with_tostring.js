const o = { toString() { return "custom"; }, valueOf() { return 7; } };
console.log(o);
console.log(String(o), o + 1, `${o}`, [o].join());
