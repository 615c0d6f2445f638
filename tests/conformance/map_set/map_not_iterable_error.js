console.log(new Map([]).size);
console.log(new Map({ a: 1 }));
