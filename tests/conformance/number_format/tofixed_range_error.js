console.log((1).toFixed(100).length);
console.log((1).toFixed(101));
