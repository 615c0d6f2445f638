console.log("a" in { a: 1 });
console.log("length" in "abc");
