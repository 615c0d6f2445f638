const vals = [NaN, "NaN", "abc", undefined, null, "", "12", 0, Infinity, -Infinity, "Infinity", [], [1, 2], {}, true];
for (const v of vals) {
  console.log(JSON.stringify(v) ?? "undefined", isNaN(v), Number.isNaN(v), isFinite(v), Number.isFinite(v));
}
