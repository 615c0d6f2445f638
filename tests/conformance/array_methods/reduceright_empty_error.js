console.log([1].reduceRight((a, b) => a + b));
console.log([].reduceRight((a, b) => a + b));
