console.log((1).toPrecision(100).length);
console.log((1).toPrecision(0));
