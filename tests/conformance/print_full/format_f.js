console.log("%f", 1.5, "%f", "3.25abc");
console.log("%f %f", "x", null);
console.log("%f", -0);
console.log("%f", 1e21, 1e-7);
