console.log("%d", 42.9, "%i", 42.9);
console.log("%d %i", "12.5", "12.5");
console.log("%d %d %d", NaN, Infinity, "abc");
console.log("%i %i", -3.9, 1e21);
console.log("%d", {}, "%d", []);
console.log("%d%%", 50);
