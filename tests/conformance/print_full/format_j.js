console.log("%j", { a: 1, b: [2] });
console.log("%j", "str", "%j", [1, "2"]);
console.log("%j %j", undefined, null);
console.log("%j", 1, 2);
const c = { name: "c" };
c.self = c;
console.log("%j", c);
