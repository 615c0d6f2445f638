const items = [19.99, 5.01, 0.1, 0.2];
const total = items.reduce((a, b) => a + b, 0);
console.log(total);
console.log(total.toFixed(2));
console.log((total * 1.1).toFixed(2));
console.log((0.615).toFixed(2), (0.625).toFixed(2), (10.235).toFixed(2));
console.log((1234567.891).toFixed(1));
