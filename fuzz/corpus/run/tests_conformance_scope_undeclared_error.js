let count = 1;
console.log(count);
console.log(conut);
