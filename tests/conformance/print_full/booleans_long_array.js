console.log(Array.from({ length: 30 }, (_, i) => i % 3 === 0));
console.log(Array.from({ length: 10 }, (_, i) => (i % 2 ? null : undefined)));
