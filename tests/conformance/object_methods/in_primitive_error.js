console.log("length" in { length: 1 });
console.log("length" in "abc");
