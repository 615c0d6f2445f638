const e = new Error("something broke");
console.log(e.message);
console.log(e.name);
console.log(String(e));
const t = new TypeError("bad type");
console.log(t.name + ": " + t.message);
console.log(`${new RangeError("r")}`);
console.log(e instanceof Error);
