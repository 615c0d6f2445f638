const values = [0, -0, NaN, "", null, undefined, false, "0", "false", " ", [], {}, -1, Infinity, function () {}];
for (const v of values) {
  console.log(typeof v, JSON.stringify(v), v ? "truthy" : "falsy", !!v, !v);
}
