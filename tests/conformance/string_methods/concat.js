console.log("a".concat("b", "c"));
console.log("a".concat());
console.log("a".concat(1, 2, 3));
console.log("a".concat(null, undefined, true));
console.log("a".concat([1, 2], [3]));
console.log("a".concat({}));
console.log("".concat(-0, NaN, Infinity));
console.log("x".concat([]).length);
console.log("Xin ".concat("chào", " ", "bạn"));
