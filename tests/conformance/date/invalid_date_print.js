console.log(new Date("garbage"));
console.log([new Date(NaN)]);
