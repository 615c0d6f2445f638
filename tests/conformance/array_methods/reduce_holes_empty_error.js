console.log([, ,].length);
console.log([, ,].reduce((a, b) => a + b));
