function named() {}
const anon = function () {};
const arrow = () => {};
console.log(named);
console.log(anon);
console.log(arrow);
console.log((() => {}));
console.log({ method() {}, fn: named, arrow });
console.log([named, arrow]);
console.log(Math.max);
