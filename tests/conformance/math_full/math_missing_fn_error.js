console.log(Math.floor(1.5));
console.log(Math.clamp(1, 0, 2));
