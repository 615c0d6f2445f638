const a = [1, 2];
a.extra = "ignored";
console.log(JSON.stringify(a), JSON.stringify({ a }));
console.log(JSON.stringify([, 1, , ]), JSON.stringify(new Array(3)));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create(null)));
