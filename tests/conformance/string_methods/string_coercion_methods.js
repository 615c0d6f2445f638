console.log(String.prototype.toUpperCase.call(true), String.prototype.slice.call(12345, 1, 3));
console.log(String.prototype.includes.call(["a", "b"], ","), String.prototype.at.call(987, -1));
console.log("abc".concat.call("x", "y"));
