console.log(typeof Math.floor);
console.log(Math(1));
