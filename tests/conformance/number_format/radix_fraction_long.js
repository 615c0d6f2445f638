console.log((0.1).toString(16));
console.log((0.1).toString(36));
console.log((Math.PI).toString(16));
console.log((1 / 3).toString(2));
console.log((123.456).toString(8));
