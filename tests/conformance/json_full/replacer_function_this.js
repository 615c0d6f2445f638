const src = { a: 1, nested: { b: 2 } };
JSON.stringify(src, function (k, v) {
  console.log(JSON.stringify(k), this === src, Object.keys(this));
  return v;
});
