console.log(new Array(2));
console.log("next");
const a = new Array(4294967296);
console.log(a.length);
