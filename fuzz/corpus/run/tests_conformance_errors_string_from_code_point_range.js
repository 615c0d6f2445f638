console.log(String.fromCodePoint(65));
console.log(String.fromCodePoint(-1));
