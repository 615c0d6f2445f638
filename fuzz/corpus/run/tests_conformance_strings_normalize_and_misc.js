console.log("e\u0301" === "é");
console.log("e\u0301".normalize() === "é");
console.log("é".normalize("NFD").length);
console.log("abc".localeCompare("abd") < 0);
console.log("a".isWellFormed === undefined ? "n/a" : "a".isWellFormed());
console.log(" a b ".split(" ").filter((x) => x).join("+"));
console.log("abc".lastIndexOf("c", -5));
