console.log(new Map().size);
console.log(Map());
