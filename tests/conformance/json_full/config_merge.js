const defaults = JSON.parse('{"port":8080,"db":{"host":"localhost","pool":5},"flags":["a"]}');
const user = JSON.parse('{"db":{"pool":10},"flags":["b","c"],"debug":true}');
const merged = { ...defaults, ...user, db: { ...defaults.db, ...user.db } };
console.log(JSON.stringify(merged, null, 2));
