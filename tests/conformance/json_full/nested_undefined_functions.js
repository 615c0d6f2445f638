console.log(JSON.stringify({ a: undefined, b: () => 1, c: function () {}, d: 1 }));
console.log(JSON.stringify([undefined, () => 1, function () {}, 1]));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(function () {}));
console.log(typeof JSON.stringify(undefined), JSON.stringify({ a: [undefined, { b: undefined }] }));
console.log(JSON.stringify({ [1]: undefined, [2]: null }));
