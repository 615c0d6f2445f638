console.log((0.5).toString(2), (0.25).toString(2), (0.75).toString(4));
console.log((0.1).toString(2));
console.log((3.5).toString(16), (255.5).toString(16), (-10.25).toString(8));
console.log((0.5).toString(36), (1 / 3).toString(3), (2.75).toString(36));
console.log((1e21).toString(16), (1e21).toString(36));
