let calls = [];
const t = (name) => {
  calls.push(name);
  return true;
};
const f = (name) => {
  calls.push(name);
  return false;
};
f("a") && t("b");
t("c") || f("d");
f("e") || t("f");
t("g") && f("h") && t("i");
console.log(calls.join(","));
const obj = null;
const v = obj && obj.prop;
console.log(v);
