console.log(new Array(2).length);
console.log(new Array(-1));
