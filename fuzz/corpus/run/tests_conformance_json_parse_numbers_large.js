console.log(JSON.parse("12345678901234567890"));
console.log(JSON.parse("1e400"));
console.log(JSON.parse("0.1"));
console.log(JSON.parse("[1e21, 1e-7, 5e-324]"));
console.log(JSON.parse("9007199254740993"));
