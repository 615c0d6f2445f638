console.log((1e20).toFixed(2), (123456789.123).toFixed(3), (2 ** 70).toFixed(0), (999999999999999.9).toFixed(1));
console.log((0.1).toFixed(1), (0.01).toFixed(1), (0.05).toFixed(1), (0.95).toFixed(1), (9.95).toFixed(1));
