const data = {
  tags: new Set(["a", "b"]),
  index: new Map([["x", { n: 1 }], ["y", [1, 2]]]),
  empty: { m: new Map(), s: new Set() },
};
console.log(data);
console.log([new Map([[1, new Set([2])]])]);
console.log({ deep: { deeper: { m: new Map([["k", "v"]]) } } });
