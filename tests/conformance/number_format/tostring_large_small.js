console.log((1e21).toString(), (1e-7).toString(), (123e25).toString(), (-1.5e-9).toString());
console.log(String(2 ** 70), String(2 ** -20), String(1 / 1024));
console.log((1e21).toString(2).length, (2 ** 100).toString(16));
console.log((1e-7).toString(2).length > 20, (2 ** -10).toString(2), (2 ** -10).toString(16));
