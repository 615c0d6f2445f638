const o = { a: 1 };
console.log(String(o), o + "", `${o}`, [o] + "");
const t = { toString() { return "T!"; } };
console.log(String(t), t + "", `${t}`);
const v = { valueOf() { return 42; } };
console.log(v + 1, v * 2, String(v), v > 41);
const both = { valueOf() { return 1; }, toString() { return "s"; } };
console.log(both + "", `${both}`, both * 5);
