function named() {}
const arrow = () => {};
const anon = function () {};
console.log(named, arrow, anon);
console.log([named, arrow], { f: named, g: () => 1 });
console.log(function inner() {}, (function () { return () => {}; })());
console.log({ method() {} }, { method() {} }.method);
