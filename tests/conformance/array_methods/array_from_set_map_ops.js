const m = new Map([[1, "a"], [2, "b"]]);
console.log(Array.from(m.values()).join(""), Array.from(m, ([k, v]) => v + k));
console.log(Array.from(new Set("hello")).join(""), Array.from({ length: 3 }, () => []).map((x) => x.length));
