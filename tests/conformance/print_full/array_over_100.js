console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => i % 10));
console.log(Array.from({ length: 100 }, () => 0).length);
