console.log((1).toExponential(100).length);
console.log((1).toExponential(-1));
