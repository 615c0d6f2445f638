console.log([1, 2, 3].join());
console.log([1, 2, 3].join(""));
console.log([1, 2, 3].join(" - "));
console.log([null, undefined, 1].join(","));
console.log([[1, 2], [3]].join(";"));
console.log([].join("x"));
console.log([1].join("x"));
console.log(["a", , "b"].join("+"));
console.log([{}].join());
