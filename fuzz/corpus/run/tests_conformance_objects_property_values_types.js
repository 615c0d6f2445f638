const o = {
  n: 1,
  s: "str",
  b: false,
  nul: null,
  und: undefined,
  arr: [1, "2"],
  fn: function () {},
  arrow: () => {},
  nested: { deep: { deeper: { deepest: 1 } } },
};
console.log(o);
console.log(typeof o.fn, typeof o.und, typeof o.nul);
