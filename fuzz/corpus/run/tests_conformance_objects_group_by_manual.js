const items = [
  { type: "fruit", name: "apple" },
  { type: "veg", name: "kale" },
  { type: "fruit", name: "mango" },
];
const groups = {};
for (const it of items) {
  (groups[it.type] ??= []).push(it.name);
}
console.log(groups);
console.log(Object.keys(groups).length);
