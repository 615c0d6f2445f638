const vals = [0, 1, "", "x", null, undefined, NaN, [], {}, -0, "0", [0]];
console.log(vals.map((v) => Boolean(v)));
console.log(Boolean("false"));
console.log(Boolean(" "));
console.log(!!document_undefined_check());
function document_undefined_check() { return undefined; }
