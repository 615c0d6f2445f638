console.log((255).toString(), (0.5).toString(), (-1e-7).toString(), (1e21).toString(), (-0).toString());
console.log(1..toString(), 1.5.toString(), (1).toString().length);
console.log(Number("12.50").toString(), (12.5).toString(10));
