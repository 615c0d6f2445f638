console.log(Object.values([1]));
console.log(Object.values(undefined));
