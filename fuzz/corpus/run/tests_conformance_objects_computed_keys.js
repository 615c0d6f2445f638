const k = "dyn";
const i = 3;
const o = {
  [k]: 1,
  [k + "2"]: 2,
  [`t_${i}`]: 3,
  [i * 2]: "six",
  [[1, 2]]: "arr",
};
console.log(o);
console.log(o.dyn2, o["t_3"], o[6], o["1,2"]);
