console.log(Array.of(), Array.of(7), Array.of(1, 2, 3));
console.log(Array.of(undefined), Array.of(7).length, new Array(7).length);
console.log(Array.of("a", [1], { b: 2 }));
console.log(Array(3), Array(1, 2), Array("3"));
