JSON.parse('{"a":{"b":1},"c":[5]}', function (k, v) {
  console.log(JSON.stringify(k), JSON.stringify(this), JSON.stringify(v));
  return v;
});
