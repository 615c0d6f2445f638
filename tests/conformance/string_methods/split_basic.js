console.log("a,b,c".split(","));
console.log("a,b,c".split(",", 2));
console.log("a,b,c".split(",", 0));
console.log("a,b,c".split(",", -1));
console.log("a,b,c".split(";"));
console.log("a,b,c".split());
console.log("a,b,c".split(undefined, 0));
console.log(",a,,b,".split(","));
console.log("".split(","), "".split(""));
