console.log(new Array(0), new Array(3).length, new Array(2, 3), new Array("2"));
console.log(Array(0).length, [].length, [,].length, [, ,].length);
console.log(Array.from(Array(3).keys()));
