const e = new Error("boom");
console.log(e.message, e.name, typeof e, e instanceof Error);
const t = new TypeError("bad type");
console.log(t.message, t.name, t instanceof Error, t instanceof TypeError);
console.log(new RangeError("r").name, new SyntaxError("s").name, new Error().message === "");
console.log(String(new Error("as string")), `${new TypeError("tpl")}`);
console.log(Error("no new").message);
