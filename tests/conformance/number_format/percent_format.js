const pct = (a, b) => (b === 0 ? "n/a" : ((a / b) * 100).toFixed(1) + "%");
console.log(pct(1, 3), pct(2, 3), pct(0, 5), pct(5, 0), pct(1, 8), pct(7, 7), pct(-1, 4));
console.log((0.125).toFixed(2), (0.375).toFixed(2), (0.625).toFixed(2), (10.235).toFixed(2));
