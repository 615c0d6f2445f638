console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: [1, [2, [3, [4]]]] });
console.log([[[["too deep"]]], [[["x"]]]]);
