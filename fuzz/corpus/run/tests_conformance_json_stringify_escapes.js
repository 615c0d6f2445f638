console.log(JSON.stringify("quote\" back\\ slash/"));
console.log(JSON.stringify("\n\t\r\b\f"));
console.log(JSON.stringify("\u0001\u001f"));
console.log(JSON.stringify("Phường Bến Nghé"));
console.log(JSON.stringify("😀"));
console.log(JSON.stringify("\ud800"));
console.log(JSON.stringify("\u2028\u2029"));
console.log(JSON.stringify({ "key\"q": 1 }));
