console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from({ length: 2, 0: "a", 1: "b", 2: "ignored" }));
console.log(Array.from({ 0: "x" }));
console.log(Array.from({ length: "2" }), Array.from({ length: -1 }), Array.from({ length: 2.7 }));
console.log(Array.from(5), Array.from(true));
