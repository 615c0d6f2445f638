console.log("creating");
const parse = JSON.parse;
const x = new parse("1");
console.log(x);
