const key = "dynamic";
const { [key]: val, ["st" + "atic"]: s } = { dynamic: 1, static: 2 };
console.log(val, s);
const keys = ["a", "b"];
for (const k of keys) {
  const { [k]: v } = { a: "A", b: "B" };
  console.log(k, v);
}
