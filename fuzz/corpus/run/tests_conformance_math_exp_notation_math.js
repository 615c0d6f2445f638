console.log(Math.pow(10, 21));
console.log(Math.pow(10, 20));
console.log(Math.pow(10, -6));
console.log(Math.pow(10, -7));
console.log(Math.exp(50));
console.log(Math.exp(-20));
