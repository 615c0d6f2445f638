console.log(Object.assign({}, { a: 1 }));
console.log(Object.assign(null, { a: 1 }));
