console.log(JSON.stringify([undefined, function () {}, NaN, Infinity]));
console.log(JSON.stringify({ a: undefined, b: () => 1, c: 1 }));
console.log(JSON.stringify({ u: undefined }));
console.log(JSON.stringify([, 1]));
console.log(JSON.stringify({ n: null, arr: [null] }));
