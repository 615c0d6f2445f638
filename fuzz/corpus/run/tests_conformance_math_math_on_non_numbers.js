console.log(Math.floor("7.8"));
console.log(Math.ceil(null));
console.log(Math.sqrt(undefined));
console.log(Math.abs(""));
console.log(Math.round([2.5]));
console.log(Math.max({}));
console.log(Math.trunc("  -4.9 "));
