console.log((1.5).toFixed(2));
console.log((1.5).toFixed(100));
console.log((1.5).toFixed(101));
