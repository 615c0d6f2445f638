console.log("%i %d", 2 ** 31, 2 ** 31);
console.log("%i %d", 2 ** 53 + 2, -(2 ** 53));
console.log("%i", 0.9999, "%i", -0.5);
