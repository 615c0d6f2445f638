const good = '{"a":[1,2]}';
console.log(JSON.parse(good));
const bad = '{"a":[1,2}';
console.log(JSON.parse(bad));
