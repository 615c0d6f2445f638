console.log(JSON.stringify({ a: [], b: {}, c: [[]], d: [{}] }, null, 2));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify([undefined, function () {}], null, 2));
console.log(JSON.stringify({ u: undefined }, null, 2));
