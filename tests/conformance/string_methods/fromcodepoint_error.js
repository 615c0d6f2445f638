console.log(String.fromCodePoint(97));
console.log(String.fromCodePoint(1.5));
