console.log((1234567.891).toLocaleString());
console.log((0).toLocaleString(), (-0).toLocaleString(), (-1234.5).toLocaleString());
console.log((1e21).toLocaleString(), NaN.toLocaleString(), Infinity.toLocaleString());
console.log((0.0001234).toLocaleString(), (1.23456789).toLocaleString(), (999.9999).toLocaleString());
console.log((123).toLocaleString(), (12345).toLocaleString(), (2 ** 53).toLocaleString());
