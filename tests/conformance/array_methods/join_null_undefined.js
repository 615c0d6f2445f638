console.log([1, null, 2, undefined, 3].join());
console.log([null, undefined].join("-"), [, ,].join("+"));
console.log([1, [2, [3, null]]].join(";"));
console.log([1, 2].join(undefined), [1, 2].join(null), [1, 2].join(""));
console.log([{}, [], "s", true, -0, NaN].join("|"));
console.log([].join("x") === "", ["solo"].join("x"));
console.log(String([1, [2, 3]]), [1, 2] + "", [] + [], [0] == false);
