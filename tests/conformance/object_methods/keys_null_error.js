console.log(Object.keys({ a: 1 }));
console.log(Object.keys(null));
