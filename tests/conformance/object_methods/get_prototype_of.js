console.log(Object.getPrototypeOf({}) === Object.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf("s") === String.prototype);
console.log(Object.getPrototypeOf(1) === Number.prototype);
console.log(Object.getPrototypeOf(Object.prototype));
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.getPrototypeOf(new Map()) === Map.prototype);
console.log(Object.getPrototypeOf(Object.create(null)));
