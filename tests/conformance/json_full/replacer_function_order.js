const calls = [];
const out = JSON.stringify({ a: 1, b: { c: [2, 3] }, d: "x" }, function (k, v) {
  calls.push(JSON.stringify(k) + ":" + (typeof v === "object" ? (Array.isArray(v) ? "array" : "object") : String(v)));
  return v;
});
console.log(out);
console.log(calls.join(" "));
