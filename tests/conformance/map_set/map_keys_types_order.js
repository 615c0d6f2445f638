const m = new Map();
m.set(2, "num2").set("2", "str2").set(1, "num1").set(true, "t").set("true", "st");
console.log([...m.keys()].map((k) => typeof k + ":" + String(k)).join(" "));
console.log(m.get(2), m.get("2"), m.get(true), m.size);
