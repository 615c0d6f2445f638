console.log(0.1 + 0.2);
console.log(0.1 + 0.2 === 0.3);
console.log(0.3 - 0.1);
console.log(1.1 * 3);
console.log(0.7 + 0.1);
console.log(3 * 1.1 - 3.3);
console.log(1 / 3);
console.log(2 / 3);
console.log(10 / 3);
