const calls = [];
JSON.parse('{"a":1,"b":{"c":[10,20],"d":true},"e":"x"}', function (k, v) {
  calls.push(k === "" ? "(root)" : k);
  return v;
});
console.log(calls.join(" "));
