const list = ["b", "a", "c"];
console.log(list.includes("a"), "abc".includes("a"));
console.log("abc".indexOf("c") === 2, typeof "abc".padEnd);
console.log(typeof "".at, typeof "".isWellFormed, typeof "".toWellFormed, typeof "".replaceAll);
console.log("abc".constructor === String, Object.getPrototypeOf("x") === String.prototype);
