const items = [
  { cat: "fruit", name: "xoài" }, { cat: "veg", name: "rau muống" },
  { cat: "fruit", name: "chuối" }, { cat: "meat", name: "gà" }, { cat: "veg", name: "cải" },
];
const groups = items.reduce((g, it) => { (g[it.cat] ??= []).push(it.name); return g; }, {});
console.log(groups);
console.log(Object.keys(groups).map((k) => `${k}: ${groups[k].length}`));
