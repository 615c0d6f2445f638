console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 7 }, (_, i) => i * 1000));
console.log(Array.from({ length: 120 }, (_, i) => i));
