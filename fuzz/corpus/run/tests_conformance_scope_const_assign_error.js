const limit = 10;
console.log(limit);
limit = 11;
console.log(limit);
