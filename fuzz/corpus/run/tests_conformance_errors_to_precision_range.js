console.log((123.456).toPrecision(1));
console.log((123.456).toPrecision(0));
