console.log(new Set([[1, 2], { a: 1 }, new Set([1]), new Map([[1, 2]]), "str", null, undefined]));
console.log(new Set([new Set([new Set([new Set([1])])])]));
