const o = { n: 1, s: "s", b: true, u: undefined, nl: null, a: [1], o: { k: 1 }, f() {}, arrow: () => 1, neg0: -0, nan: NaN };
console.log(o);
console.log(Object.keys(o).map((k) => typeof o[k]).join(","));
