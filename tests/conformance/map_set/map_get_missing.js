const m = new Map([["a", 0], ["b", null], ["c", undefined]]);
console.log(m.get("a"), m.get("b"), m.get("c"), m.get("d"));
console.log(m.has("c"), m.has("d"), m.get("a") ?? "dflt", m.get("d") ?? "dflt", m.get("b") || "falsy");
