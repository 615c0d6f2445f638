console.log(JSON.parse("0"));
console.log(JSON.parse("01"));
